package io.github.nexmock.cli;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.NexmoJwts;
import java.time.Instant;
import java.util.Map;

/**
 * Applies {@code jwt:generate}'s {@code name=value} claims to a token builder, giving each claim the type Nexmo
 * expects rather than nexmo-cli's (which JSON-parses only {@code acl} and {@code exp} and sends the rest as strings,
 * so its {@code iat=...} produced a string that Nexmo refuses):
 * <ul>
 *   <li>{@code application_id}, {@code sub}, {@code jti}: strings, exactly as given;</li>
 *   <li>{@code iat}, {@code nbf}, {@code exp}: whole seconds since the epoch;</li>
 *   <li>{@code acl}: a JSON object ({@code {"paths":{"/*&#47;users/**":{}}}}) or, as in older guides, one path glob
 *       ({@code acl=/**});</li>
 *   <li>any other claim: parsed as JSON when it is valid JSON ({@code 42}, {@code true}, {@code {"a":1}},
 *       {@code "007"} for a string that looks like a number), otherwise kept as the string given.</li>
 * </ul>
 */
final class ClaimArguments {

    private ClaimArguments() {}

    /**
     * Sets every claim on {@code builder}.
     *
     * @throws CliException naming the claim whose value has the wrong form
     */
    static void apply(Map<String, String> claims, NexmoJwts.Builder builder) {
        claims.forEach((name, value) -> {
            switch (name) {
                case "application_id" -> builder.applicationId(value);
                case "sub" -> builder.subject(value);
                case "jti" -> builder.jti(value);
                case "iat" -> builder.issuedAt(epochSeconds(name, value));
                case "nbf" -> builder.notBefore(epochSeconds(name, value));
                case "exp" -> builder.expiresAt(epochSeconds(name, value));
                case "acl" -> builder.acl(acl(value));
                default -> builder.claim(name, JsonArgument.valueOf(value));
            }
        });
    }

    private static Instant epochSeconds(String name, String value) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new CliException(name + " must be whole seconds since the epoch, e.g. " + name
                    + "=$(($(date +%s)+3600)); got '" + value + "'");
        }
    }

    private static Acl acl(String value) {
        String trimmed = value.strip();
        try {
            if (trimmed.startsWith("/")) {
                return Acl.builder().path(trimmed).build();
            }
            if (trimmed.startsWith("{")) {
                return Acl.parse(trimmed);
            }
        } catch (IllegalArgumentException e) {
            throw new CliException("acl is not usable: " + OneLine.of(e), e);
        }
        throw new CliException(
                "acl must be a JSON object like '{\"paths\":{\"/*/users/**\":{}}}' or one path glob like '/**';"
                        + " got '" + value + "'");
    }
}
