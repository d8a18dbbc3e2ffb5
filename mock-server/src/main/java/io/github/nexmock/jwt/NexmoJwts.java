package io.github.nexmock.jwt;

import java.time.Duration;
import java.util.Set;

/**
 * Nexmo's JWT rules and the entry point for minting tokens: {@code NexmoJwts.builder()...sign()}.
 * Application tokens carry {@code application_id}, {@code iat} and {@code jti}; client SDK tokens add {@code sub} and {@code acl}.
 */
public final class NexmoJwts {

    /** Lifetime of a token without {@code exp}. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
    /** Shortest lifetime ({@code exp - iat}) Nexmo accepts. */
    public static final Duration MIN_LIFETIME = Duration.ofSeconds(30);
    /**
     * How long after {@code iat} Nexmo honours a token at most, whatever {@code exp} says (support article
     * 360000958407): a later {@code exp} is accepted, and the token stops working at {@code iat} + 24 h.
     */
    public static final Duration MAX_LIFETIME = Duration.ofHours(24);

    static final String APPLICATION_ID = "application_id";
    static final String ISSUED_AT = "iat";
    static final String JWT_ID = "jti";
    static final String NOT_BEFORE = "nbf";
    static final String EXPIRES_AT = "exp";
    static final String SUBJECT = "sub";
    static final String ACL = "acl";
    static final Set<String> REGISTERED_CLAIMS =
            Set.of(APPLICATION_ID, ISSUED_AT, JWT_ID, NOT_BEFORE, EXPIRES_AT, SUBJECT, ACL);

    private NexmoJwts() {}

    /** Starts a token; {@code applicationId} and {@code privateKey} are required. */
    public static NexmoJwtBuilder builder() {
        return new NexmoJwtBuilder();
    }
}
