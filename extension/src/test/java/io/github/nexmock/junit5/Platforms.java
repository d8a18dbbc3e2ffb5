package io.github.nexmock.junit5;

import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.nexmock.server.NexmoMockServer;
import java.util.Map;

/** Stand-ins for the real platform in tests of the REAL target, and guards against reaching the real one. */
final class Platforms {

    private Platforms() {}

    /** Configuration that points the REAL target at {@code platform}, a mock used as if it were Nexmo. */
    static Map<String, String> realTargetAt(NexmoMockServer platform) {
        return Map.of(
                "nexmock.target",
                "real",
                "nexmock.base-url",
                platform.baseUrl(),
                "nexmock.api-key",
                platform.apiKey(),
                "nexmock.api-secret",
                platform.apiSecret());
    }

    /** Skips the calling test on a machine whose environment holds real credentials. */
    static void assumeNoCredentialsInTheEnvironment() {
        for (String variable :
                new String[] {"NEXMO_API_KEY", "NEXMO_API_SECRET", "VONAGE_API_KEY", "VONAGE_API_SECRET"}) {
            assumeThat(System.getenv(variable)).as(variable).isNull();
        }
    }
}
