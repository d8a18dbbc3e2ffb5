package io.github.nexmock.junit5;

import io.github.nexmock.jwt.Acl;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A signed JWT injected for {@link NexmoJwt @NexmoJwt}, with the claims it was minted with, for tests that check
 * what the code under test does with them.
 */
public final class NexmoToken {

    private final String value;
    private final String applicationId;
    private final String subject;
    private final Instant issuedAt;
    private final Instant notBefore;
    private final Instant expiresAt;
    private final Acl acl;
    private final Map<String, Object> extraClaims;
    private final TokenDefect defect;

    NexmoToken(
            String value,
            String applicationId,
            String subject,
            Instant issuedAt,
            Instant notBefore,
            Instant expiresAt,
            Acl acl,
            Map<String, Object> extraClaims,
            TokenDefect defect) {
        this.value = value;
        this.applicationId = applicationId;
        this.subject = subject;
        this.issuedAt = issuedAt;
        this.notBefore = notBefore;
        this.expiresAt = expiresAt;
        this.acl = acl;
        this.extraClaims = Map.copyOf(extraClaims);
        this.defect = defect;
    }

    /** The compact token, {@code header.payload.signature}. */
    public String value() {
        return value;
    }

    /** The {@code Authorization} header value: {@code Bearer <token>}. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    /** The {@code application_id} claim. */
    public String applicationId() {
        return applicationId;
    }

    /** The {@code sub} claim, when the token is a user's. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** The {@code iat} claim. */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** The {@code nbf} claim, when set. */
    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }

    /** The {@code exp} claim. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The {@code acl} claim, when set. */
    public Optional<Acl> acl() {
        return Optional.ofNullable(acl);
    }

    /** The claims given with {@link NexmoJwt#claims()}, by name. */
    public Map<String, Object> extraClaims() {
        return extraClaims;
    }

    /** The deliberate flaw the token was minted with, {@link TokenDefect#NONE} for a sound token. */
    public TokenDefect defect() {
        return defect;
    }

    /** The claims in brief; never the token itself. */
    @Override
    public String toString() {
        return "NexmoToken[application " + applicationId + (subject == null ? "" : ", sub " + subject) + ", exp "
                + expiresAt + (defect == TokenDefect.NONE ? "" : ", " + defect) + "]";
    }
}
