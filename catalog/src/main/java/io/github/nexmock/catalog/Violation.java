package io.github.nexmock.catalog;

/**
 * One way a request breaks its operation's description.
 *
 * @param member the parameter or body member at fault, e.g. {@code to} or {@code message.text}; null when the
 *     problem is the request as a whole
 * @param reason what is wrong, in the validator's words (which quote no credential: those are checked apart)
 * @param missing whether the member is missing rather than invalid
 */
record Violation(String member, String reason, boolean missing) {

    /** {@code member: reason}, or the reason alone. */
    String sentence() {
        return member == null ? reason : member + ": " + reason;
    }
}
