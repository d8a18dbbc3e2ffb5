package io.github.nexmock.jwt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The registered claims of a Nexmo JWT payload, type-checked: strings must be JSON strings, times JSON numbers of
 * epoch seconds, except {@code exp}, which may also be a JSON string holding such a number ({@code expIsString}, as
 * nexmo-cli before 0.3.13 signed it and Nexmo's JWT/ACL guide shows it), {@code acl} an object of Nexmo's shape or
 * one path glob as a string ({@code aclIsString}). Absent claims are null.
 */
record NexmoClaims(
        String applicationId,
        String jti,
        String subject,
        Instant issuedAt,
        Instant notBefore,
        Instant expiresAt,
        Acl acl,
        boolean aclIsString,
        boolean expIsString) {

    /** A decimal number of epoch seconds written as a JSON string: digits, then optionally a fraction. */
    private static final Pattern DECIMAL_SECONDS = Pattern.compile("[0-9]{1,19}(\\.[0-9]{1,9})?");

    /**
     * Reads the registered claims of a decoded payload, taking the {@code acl} from a cache of parsed ACLs.
     *
     * @throws JwtRejectedException with {@link Reason#WRONG_CLAIM_TYPE} naming the first claim of the wrong type
     */
    static NexmoClaims read(Map<String, Object> payload, AclCache acls) {
        String applicationId = string(payload, NexmoJwts.APPLICATION_ID);
        Instant issuedAt = time(payload, NexmoJwts.ISSUED_AT);
        String jti = string(payload, NexmoJwts.JWT_ID);
        Instant notBefore = time(payload, NexmoJwts.NOT_BEFORE);
        boolean expIsString = payload.get(NexmoJwts.EXPIRES_AT) instanceof String text
                && DECIMAL_SECONDS.matcher(text).matches();
        Instant expiresAt = expIsString
                ? seconds(payload, NexmoJwts.EXPIRES_AT, (String) payload.get(NexmoJwts.EXPIRES_AT))
                : time(payload, NexmoJwts.EXPIRES_AT);
        String subject = string(payload, NexmoJwts.SUBJECT);
        Acl acl = null;
        boolean aclIsString = payload.get(NexmoJwts.ACL) instanceof String;
        if (payload.containsKey(NexmoJwts.ACL)) {
            try {
                acl = acls.fromClaim(payload.get(NexmoJwts.ACL));
            } catch (IllegalArgumentException e) {
                throw wrongType(
                        payload,
                        "claim acl does not have Nexmo's shape {\"paths\":{\"/glob\":{...}}}" + " or one path glob: "
                                + e.getMessage());
            }
        }
        return new NexmoClaims(
                applicationId, jti, subject, issuedAt, notBefore, expiresAt, acl, aclIsString, expIsString);
    }

    private static String string(Map<String, Object> payload, String name) {
        if (!payload.containsKey(name)) {
            return null;
        }
        Object value = payload.get(name);
        if (value instanceof String text) {
            return text;
        }
        throw wrongType(
                payload,
                "claim " + name + " must be a JSON string, was " + StrictJson.typeName(value) + " (" + value + ")");
    }

    private static Instant time(Map<String, Object> payload, String name) {
        if (!payload.containsKey(name)) {
            return null;
        }
        Object value = payload.get(name);
        if (!(value instanceof Number number)) {
            throw wrongType(
                    payload,
                    "claim " + name + " must be a JSON number of epoch seconds, was " + StrictJson.typeName(value)
                            + " (" + value + ")");
        }
        if (number instanceof Integer || number instanceof Long) {
            try {
                return Instant.ofEpochSecond(number.longValue());
            } catch (DateTimeException e) {
                throw wrongType(payload, "claim " + name + " is " + number + ", outside the range of dates");
            }
        }
        return seconds(payload, name, number.toString());
    }

    /** The instant {@code text}, a decimal number of epoch seconds, names. */
    private static Instant seconds(Map<String, Object> payload, String name, String text) {
        try {
            BigDecimal seconds = new BigDecimal(text);
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            return Instant.ofEpochSecond(
                    whole.longValueExact(),
                    seconds.subtract(whole).movePointRight(9).longValue());
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw wrongType(payload, "claim " + name + " is " + text + ", outside the range of dates");
        }
    }

    private static JwtRejectedException wrongType(Map<String, Object> payload, String message) {
        return new JwtRejectedException(Reason.WRONG_CLAIM_TYPE, message, payload);
    }
}
