package io.github.nexmock.jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How long Nexmo honours a token, as Vonage's support article "How long is my JSON Web Token valid for?" (360000958407)
 * states it: until the earliest of {@code exp} and 24 h after {@code iat}; 15 min after {@code iat} without
 * {@code exp}; until {@code exp} without {@code iat}. A token with neither is refused before this is asked.
 *
 * @param issuedAt  the {@code iat} claim, or null
 * @param expiresAt the {@code exp} claim, or null; not both null
 */
record TokenLifetime(Instant issuedAt, Instant expiresAt) {

    /** An {@code exp} above this many epoch seconds (the year 5138) is taken to be milliseconds. */
    static final long MILLISECONDS_THRESHOLD = 100_000_000_000L;
    /** The mean Gregorian year, for messages. */
    private static final long SECONDS_PER_YEAR = 31_556_952L;

    TokenLifetime {
        if (issuedAt == null && expiresAt == null) {
            throw new IllegalArgumentException("a token lifetime needs iat or exp");
        }
    }

    /** The instant from which Nexmo refuses the token as expired. */
    Instant end() {
        if (issuedAt == null) {
            return expiresAt;
        }
        if (expiresAt == null) {
            return issuedAt.plus(NexmoJwts.DEFAULT_LIFETIME);
        }
        Instant cap = issuedAt.plus(NexmoJwts.MAX_LIFETIME);
        return expiresAt.isAfter(cap) ? cap : expiresAt;
    }

    /** The bound {@link #end()} comes from, for messages: "exp", "24 h after iat" or "15 min after iat, no exp". */
    String bound() {
        if (issuedAt == null || expiresAt != null && !expiresAt.isAfter(issuedAt.plus(NexmoJwts.MAX_LIFETIME))) {
            return "exp";
        }
        return expiresAt == null ? "15 min after iat, no exp" : "24 h after iat";
    }

    /** {@code exp - iat}, or null unless both are present. */
    Duration declared() {
        return issuedAt == null || expiresAt == null ? null : Duration.between(issuedAt, expiresAt);
    }

    /** What about these times Nexmo accepts but is probably a mistake. */
    List<TokenWarning> warnings() {
        List<TokenWarning> warnings = new ArrayList<>();
        if (issuedAt == null) {
            warnings.add(new TokenWarning(
                    TokenWarning.Code.NO_IAT,
                    "token has no iat, which the authentication guide" + " requires; Nexmo honours it until its exp, "
                            + end()));
        }
        if (expiresAt != null && expiresAt.getEpochSecond() > MILLISECONDS_THRESHOLD) {
            long exp = expiresAt.getEpochSecond();
            warnings.add(new TokenWarning(
                    TokenWarning.Code.EXP_IN_MILLISECONDS,
                    "exp " + exp
                            + " looks like milliseconds (" + Instant.ofEpochMilli(exp) + "; as seconds, about the year "
                            + (1970 + exp / SECONDS_PER_YEAR) + "); JWT times are epoch seconds"
                            + (issuedAt == null
                                    ? ""
                                    : ", and Nexmo stops honouring the token 24 h after iat, at " + end())));
        } else if (bound().equals("24 h after iat")) {
            warnings.add(new TokenWarning(
                    TokenWarning.Code.EXP_BEYOND_24_HOURS,
                    "exp is " + declared().toSeconds()
                            + " s after iat, past Nexmo's 24 h; the token stops working 24 h after iat, at " + end()
                            + ", not at exp " + expiresAt));
        }
        return warnings;
    }
}
