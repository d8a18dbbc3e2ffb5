package io.github.nexmock.api;

import java.util.List;
import java.util.Optional;

/**
 * The Nexmo APIs the mock serves, each by the root of its paths. Which one a path belongs to decides the credentials
 * it takes ({@link #takesTokensOnly()}) and the dialect of its problems ({@link #family()}).
 */
public enum NexmoApi {
    /** {@code /v2/applications}: JSON, Basic api_key:api_secret. */
    APPLICATIONS_V2("v2", "applications", ApiFamily.APPLICATIONS),
    /** {@code /v1/applications}: form or JSON, Basic or api_key/api_secret parameters. */
    APPLICATIONS_V1("v1", "applications", ApiFamily.APPLICATIONS),
    /** {@code /v1/users}: an application's JWT. */
    USERS_V1("v1", "users", ApiFamily.USERS),
    /** {@code /v0.3/users}: the same resources as v1. */
    USERS_V0_3("v0.3", "users", ApiFamily.USERS),
    /** {@code /v0.1/users}: the Conversation API users of the first client SDKs. */
    USERS_V0_1("v0.1", "users", ApiFamily.USERS),
    /** {@code /v1/calls}: the Voice API, an application's JWT. */
    CALLS_V1("v1", "calls", ApiFamily.VOICE);

    private final String version;
    private final String resource;
    private final ApiFamily family;

    NexmoApi(String version, String resource, ApiFamily family) {
        this.version = version;
        this.resource = resource;
        this.family = family;
    }

    /** The path every resource of this API starts with, e.g. {@code /v0.3/users}. */
    public String root() {
        return "/" + version + "/" + resource;
    }

    /**
     * Whether the API takes an application's JWT only (the Users and Voice APIs) rather than the account's
     * credentials.
     */
    public boolean takesTokensOnly() {
        return family == ApiFamily.USERS || family == ApiFamily.VOICE;
    }

    /** The error dialect of the API's problems. */
    public ApiFamily family() {
        return family;
    }

    /** The API whose root the path segments start with, if any. */
    static Optional<NexmoApi> of(List<String> segments) {
        if (segments.size() < 2) {
            return Optional.empty();
        }
        for (NexmoApi api : values()) {
            if (api.version.equals(segments.get(0)) && api.resource.equals(segments.get(1))) {
                return Optional.of(api);
            }
        }
        return Optional.empty();
    }
}
