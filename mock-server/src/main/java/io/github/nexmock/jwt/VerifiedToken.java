package io.github.nexmock.jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A token that passed every check of {@link JwtVerifier}, with its registered claims already typed.
 *
 * @param header        the JOSE header as decoded
 * @param claims        every claim as decoded, custom ones included
 * @param applicationId the {@code application_id} claim
 * @param jti           the token id
 * @param issuedAt      the {@code iat} claim, or null when absent (then the token has an {@code exp})
 * @param notBefore     the {@code nbf} claim, or null when absent
 * @param expiresAt     when Nexmo stops honouring the token: the earliest of {@code exp} and {@code iat} + 24 h;
 *                      {@code iat} + 15 min without {@code exp}; {@code exp} without {@code iat}
 * @param subject       the {@code sub} claim (the user name of a client SDK token), or null when absent
 * @param acl           the {@code acl} claim, or null when absent
 * @param warnings      what the token has that Nexmo accepts but is probably a mistake; usually empty
 */
public record VerifiedToken(
        Map<String, Object> header,
        Map<String, Object> claims,
        String applicationId,
        String jti,
        Instant issuedAt,
        Instant notBefore,
        Instant expiresAt,
        String subject,
        Acl acl,
        List<TokenWarning> warnings) {

    /** Makes deep, unmodifiable copies of the maps and the list. */
    public VerifiedToken {
        header = StrictJson.freeze(header);
        claims = StrictJson.freeze(claims);
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(jti, "jti");
        Objects.requireNonNull(expiresAt, "expiresAt");
        warnings = List.copyOf(warnings);
    }
}
