package io.github.nexmock.state;

import java.util.Locale;

/** The order of a users list: by creation, oldest first ({@code asc}) or newest first ({@code desc}). */
public enum SortOrder {
    ASC,
    DESC;

    /**
     * Reads the {@code order} query parameter in any case, as Nexmo does.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static SortOrder fromParameter(String value) {
        for (SortOrder order : values()) {
            if (order.name().equalsIgnoreCase(value)) {
                return order;
            }
        }
        throw new IllegalArgumentException("order must be asc or desc, got '" + value + "'");
    }

    /** The query parameter value, {@code asc} or {@code desc}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
