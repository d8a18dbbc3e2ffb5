package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.voice.CallRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the bodies of the Voice API as voice.json 1.3.10 describes them: {@code POST /v1/calls}
 * ({@code CreateCallRequestNcco} or {@code CreateCallRequestAnswerUrl}) and the transfer destinations of
 * {@code PUT /v1/calls/{uuid}}. Every problem of a body is named in one 400.
 */
final class CallBodies {

    private static final Pattern E164 = Pattern.compile("\\d{7,15}");
    private static final List<String> METHODS = List.of("GET", "POST");

    /** The endpoint types of voice.json, each with the member its schema requires beside {@code type}. */
    private static final Map<String, String> ENDPOINTS =
            Map.of("phone", "number", "sip", "", "websocket", "content-type", "vbc", "extension", "app", "user");

    private static final List<String> WEBSOCKET_CONTENT_TYPES = List.of("audio/l16;rate=8000", "audio/l16;rate=16000");

    private CallBodies() {}

    /** A {@code POST /v1/calls} body, checked. */
    static CallRequest create(ObjectNode body) {
        BodyReader reader = new BodyReader(body, ApiFamily.VOICE);
        ObjectNode to = firstEndpoint(body.get("to"), reader);
        boolean random = false;
        JsonNode randomNode = body.get("random_from_number");
        if (randomNode != null && !randomNode.isNull()) {
            if (randomNode.isBoolean()) {
                random = randomNode.booleanValue();
            } else {
                reader.invalid("random_from_number", "must be a boolean, got " + BodyReader.typeOf(randomNode));
            }
        }
        ObjectNode from = null;
        JsonNode fromNode = body.get("from");
        if (fromNode != null && !fromNode.isNull()) {
            if (random) {
                reader.invalid("from", "random_from_number: true cannot be used together with from");
            } else {
                from = endpoint("from", fromNode, reader, List.of("phone"));
            }
        } else if (!random) {
            reader.invalid("from", "is required unless random_from_number is true");
        }
        ArrayNode ncco = nccoMember("ncco", body.get("ncco"), reader);
        String answerUrl = firstUrl("answer_url", body.get("answer_url"), reader);
        if (body.hasNonNull("ncco") == body.hasNonNull("answer_url")) {
            reader.invalid(
                    body.hasNonNull("ncco") ? "answer_url" : "ncco",
                    body.hasNonNull("ncco")
                            ? "give either ncco or answer_url, not both"
                            : "is required (or answer_url)");
        }
        String answerMethod = method("answer_method", body, reader);
        String eventUrl = firstUrl("event_url", body.get("event_url"), reader);
        String eventMethod = method("event_method", body, reader);
        String machineDetection = reader.optionalText("machine_detection");
        if (machineDetection != null && !List.of("continue", "hangup").contains(machineDetection)) {
            reader.invalid("machine_detection", "must be continue or hangup, got '" + machineDetection + "'");
        }
        int lengthTimer = integer("length_timer", body, 1, 7200, CallRequest.DEFAULT_LENGTH_TIMER, reader);
        int ringingTimer = integer("ringing_timer", body, 1, 120, CallRequest.DEFAULT_RINGING_TIMER, reader);
        reader.check();
        return new CallRequest(
                to,
                from,
                random,
                ncco,
                answerUrl,
                answerMethod,
                eventUrl,
                eventMethod,
                machineDetection,
                lengthTimer,
                ringingTimer);
    }

    /** The {@code ncco} of a transfer destination, or {@code null} when it names a {@code url} instead. */
    static ArrayNode transferNcco(ObjectNode destination, BodyReader reader) {
        return nccoMember("destination.ncco", destination.get("ncco"), reader);
    }

    /** The first {@code url} of a transfer destination, or {@code null}. */
    static String transferUrl(ObjectNode destination, BodyReader reader) {
        return firstUrl("destination.url", destination.get("url"), reader);
    }

    private static ObjectNode firstEndpoint(JsonNode to, BodyReader reader) {
        if (to == null || to.isNull()) {
            reader.invalid("to", "is required");
            return null;
        }
        if (!to.isArray() || to.isEmpty()) {
            reader.invalid("to", "must be a non-empty array of endpoints");
            return null;
        }
        ObjectNode first = null;
        for (int i = 0; i < to.size(); i++) {
            ObjectNode endpoint = endpoint("to[" + i + "]", to.get(i), reader, List.copyOf(ENDPOINTS.keySet()));
            if (i == 0) {
                first = endpoint;
            }
        }
        return first;
    }

    private static ObjectNode endpoint(String name, JsonNode node, BodyReader reader, List<String> types) {
        ObjectNode endpoint = reader.object(name, node);
        if (endpoint == null) {
            return null;
        }
        String type = endpoint.path("type").asText(null);
        if (type == null || !types.contains(type)) {
            reader.invalid(
                    name + ".type",
                    "must be one of "
                            + String.join(", ", types.stream().sorted().toList()));
            return null;
        }
        String required = ENDPOINTS.get(type);
        if (!required.isEmpty() && !endpoint.path(required).isTextual()) {
            reader.invalid(name + "." + required, "is required for a " + type + " endpoint, as a string");
            return null;
        }
        if (type.equals("phone")
                && !E164.matcher(endpoint.get("number").asText()).matches()) {
            reader.invalid(
                    name + ".number",
                    "must be 7 to 15 digits (E.164 without '+'), got '"
                            + endpoint.get("number").asText() + "'");
        }
        if (type.equals("websocket")
                && !WEBSOCKET_CONTENT_TYPES.contains(
                        endpoint.get("content-type").asText())) {
            reader.invalid(name + ".content-type", "must be one of " + String.join(", ", WEBSOCKET_CONTENT_TYPES));
        }
        return endpoint;
    }

    private static ArrayNode nccoMember(String name, JsonNode ncco, BodyReader reader) {
        if (ncco == null || ncco.isNull()) {
            return null;
        }
        if (!ncco.isArray()) {
            reader.invalid(name, "must be an array of NCCO actions, got " + BodyReader.typeOf(ncco));
            return null;
        }
        for (int i = 0; i < ncco.size(); i++) {
            if (!ncco.get(i).isObject()) {
                reader.invalid(name + "[" + i + "]", "must be an object, got " + BodyReader.typeOf(ncco.get(i)));
            }
        }
        return (ArrayNode) ncco;
    }

    private static String firstUrl(String name, JsonNode urls, BodyReader reader) {
        if (urls == null || urls.isNull()) {
            return null;
        }
        if (!urls.isArray() || urls.isEmpty() || !urls.get(0).isTextual()) {
            reader.invalid(name, "must be an array holding one URL, got " + BodyReader.typeOf(urls));
            return null;
        }
        String url = urls.get(0).textValue();
        try {
            URI uri = new URI(url);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        reader.invalid(name, "must hold an absolute http or https URL, got '" + url + "'");
        return null;
    }

    private static String method(String name, ObjectNode body, BodyReader reader) {
        String method = reader.optionalText(name);
        if (method != null && !METHODS.contains(method)) {
            reader.invalid(name, "must be GET or POST, got '" + method + "'");
            return null;
        }
        return method;
    }

    private static int integer(String name, ObjectNode body, int min, int max, int absent, BodyReader reader) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            reader.invalid(name, "must be an integer from " + min + " to " + max + ", got " + value);
            return absent;
        }
        return value.asInt();
    }
}
