package io.github.nexmock.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How an API words an error, from its description and reference. Most answer with an HTTP error status and the body
 * their description documents for it (RFC 7807 problems for the newer APIs, {@code error-code} bodies for Account
 * and Numbers); SMS, Verify and Number Insight answer 200 with a status code in the body. Sources: the descriptions'
 * own responses and https://developer.vonage.com/en/api-errors/sms (SMS status 2, 3, 4).
 */
enum ErrorStyle {

    /** The status the description documents for the error, with the body it documents for it. */
    DESCRIBED(null, null),

    /** SMS API: 200, {@code messages[0].status} 2 (missing), 3 (invalid) or 4 (credentials), {@code error-text}. */
    SMS("2", "3") {
        @Override
        ObjectNode worded(ObjectNode shape, String status, String text) {
            ObjectNode body = NODES.objectNode().put("message-count", "1");
            body.putArray("messages").addObject().put("status", status).put("error-text", text);
            return body;
        }
    },

    /** Verify API (its form-encoded operations): 200, {@code status} 2, 3 or 4 and {@code error_text}. */
    VERIFY("2", "3") {
        @Override
        ObjectNode worded(ObjectNode shape, String status, String text) {
            ObjectNode body = shape.deepCopy();
            if (body.has("request_id")) {
                body.put("request_id", "");
            }
            if (body.has("error_text")) {
                body.put("error_text", text);
            }
            return body.put("status", status);
        }
    },

    /**
     * Number Insight API: 200, {@code status} 3 (invalid or missing) or 4 (credentials) and {@code status_message},
     * in the shape of its answer (whose members it lists as required).
     */
    NUMBER_INSIGHT("3", "3") {
        @Override
        ObjectNode worded(ObjectNode shape, String status, String text) {
            ObjectNode body = shape.deepCopy();
            for (String member : new String[] {"status_message", "error_text"}) {
                if (body.has(member)) {
                    body.put(member, text);
                }
            }
            return body.put("status", Integer.parseInt(status));
        }
    };

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String missing;
    private final String invalidValue;

    /** The in-body status codes of a missing parameter and of an invalid value; null for errors answered as described. */
    ErrorStyle(String missing, String invalidValue) {
        this.missing = missing;
        this.invalidValue = invalidValue;
    }

    /** The style of an operation of {@code file} at {@code template}. */
    static ErrorStyle of(String file, String template) {
        return switch (file) {
            case "sms.json" -> SMS;
            case "verify.json" -> template.equals("/verify/network-unblock") ? DESCRIBED : VERIFY;
            case "number-insight.json" -> NUMBER_INSIGHT;
            default -> DESCRIBED;
        };
    }

    /**
     * An in-body refusal (status 4 in all three APIs) shaped like {@code shape}, the error the description documents
     * for the operation's 200; only the in-body styles have one.
     */
    Error refusal(ObjectNode shape, String detail) {
        String text = "Invalid credentials: " + detail;
        return new Error(200, worded(shape, "4", text), "application/json", text);
    }

    /** An in-body validation error shaped like {@code shape}, naming the members; only the in-body styles have one. */
    Error invalid(ObjectNode shape, List<Violation> violations) {
        Violation first = violations.get(0);
        String text = first.missing()
                ? "Missing parameter `" + first.member() + "`: " + sentences(violations)
                : "Invalid value for parameter `" + first.member() + "`: " + sentences(violations);
        return new Error(200, worded(shape, first.missing() ? missing : invalidValue, text), "application/json", text);
    }

    ObjectNode worded(ObjectNode shape, String status, String text) {
        throw new UnsupportedOperationException(name() + " answers errors as described");
    }

    /** Whether errors are answered 200 with a status in the body. */
    boolean inBody() {
        return this != DESCRIBED;
    }

    static String sentences(List<Violation> violations) {
        return String.join("; ", violations.stream().map(Violation::sentence).toList());
    }

    /**
     * An answer: its status, JSON body (null for none), the media type it goes as, and for an error the words that
     * go in a {@code Nexmock-Detail} header too (for descriptions whose error body has no place for them); null for
     * a success.
     */
    record Error(int status, JsonNode body, String mediaType, String detail) {}
}
