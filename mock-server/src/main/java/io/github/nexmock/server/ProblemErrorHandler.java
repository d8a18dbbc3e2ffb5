package io.github.nexmock.server;

import io.github.nexmock.api.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to a request it cannot parse into one at all (a request target that is not a path, headers over its
 * size limit, a broken request line) as an {@code application/problem+json} body instead of Jetty's HTML page, so a
 * client sees the same error shape as for every other refusal.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateAcceptableResponse(
            Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
            throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(code, message));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    /** The problem body for {@code status}, its detail naming Jetty's reason, or the status text when Jetty gave none. */
    private static String body(int status, String reason) {
        String cause = reason != null && !reason.isBlank() ? reason : HttpStatus.getMessage(status);
        return Problem.httpLayer(status, "/", "the request could not be read as HTTP: " + cause)
                .toJson();
    }
}
