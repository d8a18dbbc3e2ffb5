package io.github.nexmock.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import io.github.nexmock.auth.AuthorizationHeader;
import io.github.nexmock.auth.Credentials;
import io.github.nexmock.jwt.Reason;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an operation takes credentials, read from its description: the operation's {@code security} (else the
 * document's) naming {@code http basic}, {@code http bearer} or {@code apiKey} schemes ({@code api_key},
 * {@code api_secret}, {@code sig}); else {@code api_key} and {@code api_secret} among its parameters or body
 * members; else nothing is declared and nexmock takes any credentials it knows, as it does for a user's stub.
 *
 * @param accepted the ways the operation takes; empty when nothing is declared
 */
record Security(Set<Security.Scheme> accepted) {

    /** A way of presenting credentials. */
    enum Scheme {
        /** {@code Authorization: Basic base64(api_key:api_secret)}. */
        BASIC("Authorization: Basic base64(api_key:api_secret)"),
        /** {@code Authorization: Bearer <JWT>} of an application. */
        BEARER("Authorization: Bearer <JWT>"),
        /** {@code api_key} and {@code api_secret} parameters (query, form or JSON body). */
        KEY_SECRET("the api_key and api_secret parameters"),
        /** {@code api_key} and a request signature {@code sig} instead of the secret; the signature is not checked. */
        KEY_SIGNATURE("api_key with a sig signature");

        private final String words;

        Scheme(String words) {
            this.words = words;
        }
    }

    /** The security of {@code operation} in {@code document}. */
    static Security of(JsonNode document, JsonNode operation) {
        JsonNode requirements = operation.has("security") ? operation.get("security") : document.path("security");
        Set<Scheme> accepted = EnumSet.noneOf(Scheme.class);
        JsonNode schemes = document.path("components").path("securitySchemes");
        for (JsonNode requirement : requirements) {
            Set<String> names = requirement.properties().stream()
                    .map(member -> {
                        JsonNode scheme = schemes.path(member.getKey());
                        return scheme.path("type").asText() + ":"
                                + scheme.path("scheme").asText().toLowerCase(Locale.ROOT)
                                + scheme.path("name").asText();
                    })
                    .collect(Collectors.toSet());
            if (names.contains("http:basic")) {
                accepted.add(Scheme.BASIC);
            }
            if (names.contains("http:bearer")) {
                accepted.add(Scheme.BEARER);
            }
            if (names.contains("apiKey:api_key") && names.contains("apiKey:api_secret")) {
                accepted.add(Scheme.KEY_SECRET);
            }
            if (names.contains("apiKey:api_key") && names.contains("apiKey:sig")) {
                accepted.add(Scheme.KEY_SIGNATURE);
            }
        }
        if (accepted.isEmpty() && declaresKeyAndSecret(operation)) {
            accepted.add(Scheme.KEY_SECRET);
            if (declares(operation, "sig")) {
                accepted.add(Scheme.KEY_SIGNATURE);
            }
        }
        return new Security(accepted);
    }

    /** Whether the description declares nothing, so any credentials nexmock knows are taken. */
    boolean undeclared() {
        return accepted.isEmpty();
    }

    /** The ways, in words, e.g. {@code the api_key and api_secret parameters or Authorization: Basic ...}. */
    String words() {
        return undeclared()
                ? "any of Basic api_key:api_secret, the api_key and api_secret parameters or a Bearer JWT"
                : accepted.stream().map(scheme -> scheme.words).collect(Collectors.joining(" or "));
    }

    /**
     * Authenticates a request as declared. Operations taking key and secret parameters take them in Basic form too,
     * as nexmock's other APIs do; one taking a JWT verifies it in full, its ACL against the request's own path.
     */
    void authenticate(Request request, Credentials credentials, String api) {
        if (undeclared()) {
            credentials.any();
            return;
        }
        Optional<AuthorizationHeader> header = AuthorizationHeader.of(request);
        if (header.isPresent()) {
            AuthorizationHeader authorization = header.get();
            if (authorization.isBearer() && accepted.contains(Scheme.BEARER)) {
                credentials.token(authorization.credentials());
                return;
            }
            if (authorization.isBasic() && (accepted.contains(Scheme.BASIC) || accepted.contains(Scheme.KEY_SECRET))) {
                credentials.basic(authorization.credentials());
                return;
            }
            if (!accepted.contains(Scheme.KEY_SECRET)) {
                throw credentials.refusal(
                        Reason.UNSUPPORTED_SCHEME,
                        "the " + api + " takes " + words() + ", not "
                                + (authorization.isBearer()
                                        ? "a JWT"
                                        : authorization.isBasic()
                                                ? "Basic credentials"
                                                : "an Authorization header of another scheme"));
            }
        }
        if (!accepted.contains(Scheme.KEY_SECRET) && !accepted.contains(Scheme.KEY_SIGNATURE)) {
            throw credentials.refusal(
                    accepted.contains(Scheme.BEARER) && !accepted.contains(Scheme.BASIC)
                            ? Reason.MISSING_TOKEN
                            : Reason.MISSING_CREDENTIALS,
                    "no credentials: the " + api + " takes " + words());
        }
        String key = credentials.parameter("api_key");
        String secret = credentials.parameter("api_secret");
        if (secret == null
                && key != null
                && accepted.contains(Scheme.KEY_SIGNATURE)
                && credentials.parameter("sig") != null) {
            credentials.keyOnly(key, "api_key with sig");
            return;
        }
        if (key == null || secret == null) {
            throw credentials.refusal(
                    Reason.MISSING_CREDENTIALS,
                    key == null && secret == null
                            ? "no credentials: the " + api + " takes " + words()
                            : "api_key and api_secret go together; " + (key == null ? "api_key" : "api_secret")
                                    + " is missing");
        }
        credentials.keyAndSecret(key, secret, "api_key and api_secret");
    }

    private static boolean declaresKeyAndSecret(JsonNode operation) {
        return declares(operation, "api_key") && declares(operation, "api_secret");
    }

    /** Whether a query parameter or a body member of that name is declared. */
    private static boolean declares(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return true;
            }
        }
        for (JsonNode content : operation.path("requestBody").path("content")) {
            if (content.path("schema").path("properties").has(name)) {
                return true;
            }
        }
        return false;
    }
}
