package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.ApplicationFields;
import io.github.nexmock.state.ApplicationPage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deprecated Application API v1 ({@code /v1/applications}) that older CLIs call: form-encoded or query-string
 * parameters ({@code name}, {@code type}, {@code answer_url}, {@code event_url}, ...), one product per application,
 * webhooks as an array of {@code {endpoint_type, endpoint, http_method}}, lists paged by {@code page_index} from 0.
 * Applications are the same as those of v2, which sees them with the matching {@code capabilities}.
 */
final class LegacyApplicationsApi {

    private static final Set<String> TYPES = Set.of("voice", "rtc", "messages");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST");

    private final ApplicationStore store;

    LegacyApplicationsApi(ApplicationStore store) {
        this.store = store;
    }

    ResponseDefinition handle(ApiRequest request) {
        List<String> segments = request.segments();
        if (segments.size() == 2) {
            return switch (request.method()) {
                case "GET" -> list(request);
                case "POST" -> create(request);
                default -> ApiResponses.methodNotAllowed(request, List.of("GET", "POST"));
            };
        }
        if (segments.size() == 3) {
            String id = segments.get(2);
            return switch (request.method()) {
                case "GET" -> ApiResponses.json(200, json(store.find(request, id), null, true));
                case "PUT" -> replace(request, id);
                case "DELETE" -> store.delete(request, id);
                default -> ApiResponses.methodNotAllowed(request, List.of("GET", "PUT", "DELETE"));
            };
        }
        throw ApiResponses.noSuchPath(request);
    }

    private ResponseDefinition list(ApiRequest request) {
        int pageSize = request.intQuery("page_size", 10, 1, ApplicationsApi.MAX_PAGE_SIZE);
        int pageIndex = request.intQuery("page_index", 0, 0, Integer.MAX_VALUE - 1);
        ApplicationPage page = store.page(pageIndex + 1, pageSize);
        ObjectNode body = ApiJson.object()
                .put("count", page.totalItems())
                .put("page_size", pageSize)
                .put("page_index", pageIndex);
        ArrayNode applications = body.putObject("_embedded").putArray("applications");
        page.applications().forEach(application -> applications.add(json(application, null, false)));
        body.putObject("_links").putObject("self")
                .put("href", "/v1/applications?page_size=" + pageSize + "&page_index=" + pageIndex);
        return ApiResponses.json(200, body);
    }

    private ResponseDefinition create(ApiRequest request) {
        Form form = read(request, null);
        ApplicationStore.Created created = store.create(form.name(), form.capabilities(), null, form.publicKey());
        return ApiResponses.json(201, json(created.application(), created.privateKeyPem(), true));
    }

    private ResponseDefinition replace(ApiRequest request, String id) {
        Application current = store.find(request, id);
        Form form = read(request, current);
        Application replaced = store.replace(request, id, current, new ApplicationFields(form.name(),
                form.capabilities(), current.privacy(), form.publicKey()));
        return ApiResponses.json(200, json(replaced, null, true));
    }

    /** The checked parameters of a create or, with the current application, a replace. */
    private static Form read(ApiRequest request, Application current) {
        Map<String, String> parameters = request.formParameters();
        BodyReader reader = new BodyReader(ApiJson.object(), request.family());
        String name = parameters.get("name");
        if (name == null || name.isBlank()) {
            reader.invalid("name", "is required");
        }
        String type = parameters.get("type");
        if (type == null || !TYPES.contains(type)) {
            reader.invalid("type", "must be voice, rtc or messages, got " + (type == null ? "nothing" : "'" + type + "'"));
        }
        String publicKey = parameters.get("public_key");
        if (publicKey != null) {
            publicKey = ApplicationsApi.checkedPublicKey(publicKey, "public_key", reader);
        } else if (current != null) {
            publicKey = current.publicKeyPem();
        }
        ObjectNode webhooks = ApiJson.object();
        if ("voice".equals(type)) {
            webhook(webhooks, "answer_url", parameters, "answer_method", "GET", false, reader);
            webhook(webhooks, "event_url", parameters, "event_method", "POST", true, reader);
        } else if ("rtc".equals(type)) {
            webhook(webhooks, "event_url", parameters, "event_method", "POST", true, reader);
        } else if ("messages".equals(type)) {
            webhook(webhooks, "inbound_url", parameters, "inbound_method", "POST", true, reader);
            webhook(webhooks, "status_url", parameters, "status_method", "POST", true, reader);
        }
        reader.check();
        ObjectNode capabilities = ApiJson.object();
        capabilities.putObject(type).set("webhooks", webhooks);
        return new Form(name, capabilities, publicKey);
    }

    /** Adds the webhook the parameters name; a voice {@code answer_url} is optional, as only inbound calls need it. */
    private static void webhook(ObjectNode webhooks, String url, Map<String, String> parameters, String methodName,
                                String defaultMethod, boolean required, BodyReader reader) {
        String address = parameters.get(url);
        if (address == null || address.isBlank()) {
            if (required || address != null) {
                reader.invalid(url, required ? "is required for this type" : "must not be blank when given");
            }
            return;
        }
        String method = parameters.getOrDefault(methodName, defaultMethod);
        if (!HTTP_METHODS.contains(method)) {
            reader.invalid(methodName, "must be GET or POST, got '" + method + "'");
            return;
        }
        webhooks.putObject(url).put("address", address).put("http_method", method);
    }

    /** An application in the v1 shape: one member per product with an array of webhooks. */
    static ObjectNode json(Application application, String privateKeyPem, boolean withKeys) {
        ObjectNode node = ApiJson.object().put("id", application.id()).put("name", application.name());
        JsonNode capabilities = application.capabilities();
        if (capabilities != null) {
            for (String type : List.of("voice", "messages", "rtc")) {
                JsonNode webhooks = capabilities.path(type).path("webhooks");
                if (capabilities.has(type)) {
                    node.putObject(type).set("webhooks", webhookArray(webhooks));
                }
            }
        }
        if (withKeys) {
            ObjectNode keys = node.putObject("keys").put("public_key", application.publicKeyPem());
            if (privateKeyPem != null) {
                keys.put("private_key", privateKeyPem);
            }
        }
        node.putObject("_links").putObject("self").put("href", "/v1/applications/" + application.id());
        return node;
    }

    private static ArrayNode webhookArray(JsonNode webhooks) {
        ArrayNode array = ApiJson.object().arrayNode();
        for (Map.Entry<String, JsonNode> member : webhooks.properties()) {
            ObjectNode entry = array.addObject().put("endpoint_type", member.getKey());
            JsonNode address = member.getValue().path("address");
            JsonNode method = member.getValue().path("http_method");
            if (address.isTextual()) {
                entry.put("endpoint", address.textValue());
            }
            if (method.isTextual()) {
                entry.put("http_method", method.textValue());
            }
        }
        return array;
    }

    private record Form(String name, ObjectNode capabilities, String publicKey) {
    }
}
