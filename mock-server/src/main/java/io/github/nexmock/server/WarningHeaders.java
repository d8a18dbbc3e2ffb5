package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import io.github.nexmock.jwt.TokenWarning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds one {@code Nexmock-Warning} header per {@link TokenWarning} of the request's token to its response, whether an
 * API of the mock or a user's own stub answered it: {@code Nexmock-Warning: <CODE> <one sentence>}. The
 * {@link NexmoAuthFilter} notes the warnings on the serve event, where WireMock's request journal shows them too.
 */
final class WarningHeaders implements ResponseTransformerV2 {

    /** The extension name WireMock knows the transformer by. */
    static final String NAME = "nexmock-warning-headers";
    /** The response header carrying a warning. */
    static final String HEADER = "Nexmock-Warning";

    private static final String SUB_EVENT_TYPE = "NEXMOCK_WARNING";

    /** Notes a warning on the serve event of the request it is about. */
    static void note(ServeEvent serveEvent, TokenWarning warning) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", warning.code().name());
        data.put("message", warning.message());
        serveEvent.appendSubEvent(new SubEvent(SUB_EVENT_TYPE, null, data));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        if (serveEvent == null) { // WireMock's admin requests have none
            return response;
        }
        List<String> values = serveEvent.getSubEvents().stream()
                .filter(event -> SUB_EVENT_TYPE.equals(event.getType()))
                .map(event -> headerValue(event.getData()))
                .toList();
        if (values.isEmpty()) {
            return response;
        }
        return Response.Builder.like(response)
                .headers(response.getHeaders().plus(new HttpHeader(HEADER, values)))
                .build();
    }

    /** Code and message, with anything but printable ASCII replaced, so the header stays one well-formed line. */
    private static String headerValue(Map<String, Object> data) {
        String text = data.get("code") + " " + data.get("message");
        StringBuilder value = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            value.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return value.toString();
    }
}
