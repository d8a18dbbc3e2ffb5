package io.github.nexmock.auth;

import com.github.tomakehurst.wiremock.http.Request;
import java.util.Optional;

/**
 * An {@code Authorization} header read as its scheme and what follows it: {@code Bearer <JWT>} or
 * {@code Basic base64(api_key:api_secret)}. The scheme is the stripped value up to its first space, so a value without
 * a space ({@code Authorization: SECRET}) is all scheme, with empty credentials.
 *
 * @param scheme      the scheme as sent, e.g. {@code Bearer}
 * @param credentials the rest, stripped; empty when there is none
 */
public record AuthorizationHeader(String scheme, String credentials) {

    /** The header's value read as scheme and credentials. */
    public static AuthorizationHeader parse(String value) {
        String stripped = value.strip();
        int space = stripped.indexOf(' ');
        return space < 0
                ? new AuthorizationHeader(stripped, "")
                : new AuthorizationHeader(
                        stripped.substring(0, space),
                        stripped.substring(space + 1).strip());
    }

    /** The request's {@code Authorization} header, if it has one. */
    public static Optional<AuthorizationHeader> of(Request request) {
        return Optional.ofNullable(request.getHeader("Authorization")).map(AuthorizationHeader::parse);
    }

    /** Whether the scheme is {@code Bearer}, in any case. */
    public boolean isBearer() {
        return scheme.equalsIgnoreCase("Bearer");
    }

    /** Whether the scheme is {@code Basic}, in any case. */
    public boolean isBasic() {
        return scheme.equalsIgnoreCase("Basic");
    }
}
