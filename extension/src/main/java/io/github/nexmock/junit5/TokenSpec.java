package io.github.nexmock.junit5;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.NexmoJwts;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link NexmoJwt @NexmoJwt} annotation, checked: the claims and flaw of the token to mint.
 *
 * @param subject  the {@code sub}, or {@code null}
 * @param lifetime {@code exp - iat}, or {@code null} for the defect's or the default
 * @param acl      the {@code acl}, or {@code null}
 */
record TokenSpec(String subject, Duration lifetime, Acl acl, Map<String, Object> claims, TokenDefect defect) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Duration DEFAULT_LIFETIME = io.github.nexmock.jwt.NexmoJwts.DEFAULT_LIFETIME;
    private static final Duration MIN_LIFETIME = io.github.nexmock.jwt.NexmoJwts.MIN_LIFETIME;
    private static final Duration MAX_LIFETIME = io.github.nexmock.jwt.NexmoJwts.MAX_LIFETIME;
    private static final Duration SHIFT = Duration.ofHours(1);

    /**
     * Reads the annotation on {@code where}.
     *
     * @throws ExtensionConfigurationException naming the attribute that is wrong and what to write instead
     */
    static TokenSpec of(NexmoJwt annotation, String where) {
        String prefix = where + " has @NexmoJwt with ";
        Duration lifetime = lifetime(annotation, prefix);
        return new TokenSpec(
                annotation.sub().isBlank() ? null : annotation.sub().strip(),
                lifetime,
                acl(annotation, prefix),
                claims(annotation.claims(), prefix),
                annotation.defect());
    }

    private static Duration lifetime(NexmoJwt annotation, String prefix) {
        if (annotation.lifetime().isBlank()) {
            return null;
        }
        TokenDefect defect = annotation.defect();
        if (defect == TokenDefect.LIFETIME_TOO_SHORT || defect == TokenDefect.ISSUED_OVER_24_HOURS_AGO) {
            throw new ExtensionConfigurationException(
                    prefix + "both lifetime and defect = " + defect + "; the defect sets the lifetime, drop one");
        }
        Duration lifetime;
        try {
            lifetime = Duration.parse(annotation.lifetime().strip());
        } catch (DateTimeParseException notIso) {
            throw new ExtensionConfigurationException(prefix + "lifetime = \"" + annotation.lifetime()
                    + "\", not an ISO-8601 duration; write e.g. \"PT90S\", \"PT15M\" or \"PT24H\"");
        }
        // A lifetime over 24 h is what Nexmo accepts (and honours 24 h): the mock accepts it with a warning.
        if (lifetime.compareTo(MIN_LIFETIME) < 0) {
            throw new ExtensionConfigurationException(prefix + "lifetime = \"" + annotation.lifetime() + "\" ("
                    + lifetime.toSeconds() + " s), under Nexmo's " + MIN_LIFETIME.toSeconds()
                    + " s; for a token Nexmo refuses use defect = TokenDefect.LIFETIME_TOO_SHORT");
        }
        return lifetime;
    }

    private static Acl acl(NexmoJwt annotation, String prefix) {
        if (annotation.acl().length > 1) {
            throw new ExtensionConfigurationException(prefix + "acl = " + Arrays.toString(annotation.acl())
                    + "; give one preset, or list the paths in aclPaths");
        }
        if (annotation.acl().length == 1 && annotation.aclPaths().length > 0) {
            throw new ExtensionConfigurationException(prefix + "both acl and aclPaths; keep the preset or the paths");
        }
        if (annotation.acl().length == 1) {
            return annotation.acl()[0].acl();
        }
        if (annotation.aclPaths().length == 0) {
            return null;
        }
        Acl.Builder acl = Acl.builder();
        for (String path : annotation.aclPaths()) {
            try {
                acl.path(path);
            } catch (IllegalArgumentException invalid) {
                throw new ExtensionConfigurationException(
                        prefix + "aclPaths entry \"" + path + "\": " + invalid.getMessage(), invalid);
            }
        }
        return acl.build();
    }

    private static Map<String, Object> claims(String[] entries, String prefix) {
        Map<String, Object> claims = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new ExtensionConfigurationException(
                        prefix + "claims entry \"" + entry + "\"; write each claim as \"name=value\"");
            }
            String name = entry.substring(0, equals).strip();
            Object value = value(entry.substring(equals + 1));
            try {
                io.github.nexmock.jwt.NexmoJwts.builder().claim(name, value);
            } catch (IllegalArgumentException registered) {
                throw new ExtensionConfigurationException(
                        prefix + "claims entry \"" + entry + "\"; " + name
                                + " is set by the extension or by the sub, lifetime, acl and defect attributes",
                        registered);
            }
            claims.put(name, value);
        }
        return claims;
    }

    private static Object value(String text) {
        try {
            Object json = JSON.readValue(text, Object.class);
            return json != null ? json : text;
        } catch (JsonProcessingException notJson) {
            return text;
        }
    }

    /**
     * The key that signs this spec's tokens for {@code application}: its own, or for {@link TokenDefect#WRONG_KEY} a
     * key no application of the run holds.
     */
    PrivateKey signingKey(NexmoApplication application, ExtensionContext context) {
        return defect == TokenDefect.WRONG_KEY ? ForeignKey.of(context).getPrivate() : application.privateKey();
    }

    /** Signs the token of this spec for {@code application} as of {@code now} with {@code key}. */
    NexmoToken mint(NexmoApplication application, Instant now, PrivateKey key) {
        Duration life =
                switch (defect) {
                    case LIFETIME_TOO_SHORT -> MIN_LIFETIME.minusSeconds(1);
                    case ISSUED_OVER_24_HOURS_AGO -> MAX_LIFETIME.plus(SHIFT).plus(SHIFT);
                    default -> lifetime != null ? lifetime : DEFAULT_LIFETIME;
                };
        Instant issuedAt =
                switch (defect) {
                    case EXPIRED -> now.minus(life).minus(Duration.ofMinutes(1));
                    case ISSUED_OVER_24_HOURS_AGO -> now.minus(MAX_LIFETIME).minus(SHIFT);
                    default -> now;
                };
        Instant notBefore = defect == TokenDefect.NOT_YET_VALID ? now.plus(SHIFT) : null;
        NexmoJwts.Builder builder =
                application.tokenBuilder().privateKey(key).issuedAt(issuedAt).lifetime(life);
        if (defect == TokenDefect.LIFETIME_TOO_SHORT) {
            builder.allowOutOfBoundsLifetime();
        }
        if (notBefore != null) {
            builder.notBefore(notBefore);
        }
        if (subject != null) {
            builder.subject(subject);
        }
        if (acl != null) {
            builder.acl(acl);
        }
        claims.forEach(builder::claim);
        Instant iat = Instant.ofEpochSecond(issuedAt.getEpochSecond());
        return new NexmoToken(
                builder.sign(),
                application.id(),
                subject,
                iat,
                notBefore == null ? null : Instant.ofEpochSecond(notBefore.getEpochSecond()),
                iat.plus(Duration.ofSeconds(life.toSeconds())),
                acl,
                claims,
                defect);
    }

    /** A key pair no application of the run holds, for tokens with the wrong signature. */
    private static final class ForeignKey {

        static KeyPair of(ExtensionContext context) {
            return Stores.root(context)
                    .getOrComputeIfAbsent(
                            ForeignKey.class,
                            type -> KeyPairs.of(context, NexmoTarget.MOCK).take(),
                            KeyPair.class);
        }
    }
}
