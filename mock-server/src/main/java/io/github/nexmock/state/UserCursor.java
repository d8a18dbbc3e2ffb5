package io.github.nexmock.state;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opaque position in a users list, handed out in {@link UserPage} and read back from the {@code cursor} query
 * parameter. Its text uses only {@code [A-Za-z0-9_-]}, so it survives any URL encoding a client applies.
 * <p>
 * A cursor marks a user's place in creation order and points away from it, forwards or backwards in the order
 * of the query it is used with; it stays valid when users are added or deleted, and across restarts of a durable state.
 */
public final class UserCursor {

    private static final Pattern FORM = Pattern.compile("(after|before):(\\d{1,18})");

    private final boolean forward;
    private final long sequence;

    private UserCursor(boolean forward, long sequence) {
        this.forward = forward;
        this.sequence = sequence;
    }

    static UserCursor after(long sequence) {
        return new UserCursor(true, sequence);
    }

    static UserCursor before(long sequence) {
        return new UserCursor(false, sequence);
    }

    /**
     * Reads a cursor this state handed out.
     *
     * @throws IllegalArgumentException when the text is not such a cursor
     */
    public static UserCursor parse(String text) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(text);
        }
        Matcher matcher = FORM.matcher(decoded);
        if (!matcher.matches()) {
            throw invalid(text);
        }
        return new UserCursor(matcher.group(1).equals("after"), Long.parseLong(matcher.group(2)));
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("cursor '" + text + "' is not one this server handed out");
    }

    boolean forward() {
        return forward;
    }

    long sequence() {
        return sequence;
    }

    /** The cursor as the {@code cursor} query parameter value. */
    @Override
    public String toString() {
        String plain = (forward ? "after:" : "before:") + sequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserCursor cursor && cursor.forward == forward && cursor.sequence == sequence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(forward, sequence);
    }
}
