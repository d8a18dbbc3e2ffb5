package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.ApplicationFields;
import io.github.nexmock.state.ApplicationPage;
import io.github.nexmock.state.ApplicationType;
import java.util.Map;
import java.util.Set;

/**
 * The deprecated Application API v1 ({@code /v1/applications}) that older CLIs call: parameters ({@code name},
 * {@code type}, {@code answer_url}, {@code event_url}, ...) in a JSON body (as its description documents), a form or
 * the query string, one product per application, webhooks as an array of {@code {endpoint_type, endpoint,
 * http_method}}, lists paged by {@code page_index} from 0.
 * Applications are the same as those of v2, which sees them with the matching {@code capabilities}.
 */
final class LegacyApplicationsApi {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST");

    private final ApplicationResources store;

    LegacyApplicationsApi(ApplicationResources store) {
        this.store = store;
    }

    ResponseDefinition find(ApiRequest request) {
        return ApiResponses.json(200, json(store.find(request, request.id()), null, true));
    }

    ResponseDefinition list(ApiRequest request) {
        int pageSize = request.intQuery("page_size", 10, 1, Integer.MAX_VALUE);
        int pageIndex = request.intQuery("page_index", 0, 0, Integer.MAX_VALUE - 1);
        ApplicationPage page = store.page(pageIndex + 1, pageSize);
        ObjectNode body = ApiJson.object()
                .put("count", page.totalItems())
                .put("page_size", pageSize)
                .put("page_index", pageIndex);
        ArrayNode applications = body.putObject("_embedded").putArray("applications");
        page.applications().forEach(application -> applications.add(json(application, null, false)));
        body.putObject("_links")
                .putObject("self")
                .put("href", "/v1/applications?page_size=" + pageSize + "&page_index=" + pageIndex);
        return ApiResponses.json(200, body);
    }

    ResponseDefinition create(ApiRequest request) {
        Form form = read(request, null);
        ApplicationResources.Created created = store.create(form.name(), form.capabilities(), null, form.publicKey());
        return ApiResponses.json(201, json(created.application(), created.privateKeyPem(), true));
    }

    ResponseDefinition replace(ApiRequest request) {
        String id = request.id();
        Application current = store.find(request, id);
        Form form = read(request, current);
        Application replaced = store.replace(
                request,
                id,
                current,
                new ApplicationFields(form.name(), form.capabilities(), current.privacy(), form.publicKey()));
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
        ApplicationType product =
                type == null ? null : ApplicationType.named(type).orElse(null);
        if (product == null) {
            reader.invalid(
                    "type", "must be voice, rtc or messages, got " + (type == null ? "nothing" : "'" + type + "'"));
        }
        String publicKey = parameters.get("public_key");
        if (publicKey != null) {
            publicKey = ApplicationsApi.checkedPublicKey(publicKey, "public_key", reader);
        } else if (current != null) {
            publicKey = current.publicKeyPem();
        }
        ObjectNode webhooks = ApiJson.object();
        JsonNode kept = current == null || current.capabilities() == null
                ? MissingNode.getInstance()
                : current.capabilities().path(type == null ? "" : type).path("webhooks");
        if (product != null) {
            for (Map.Entry<String, String> endpoint : product.webhooks().entrySet()) {
                String url = endpoint.getKey();
                webhook(webhooks, url, parameters, url.replace("_url", "_method"), endpoint.getValue(), kept, reader);
            }
        }
        reader.check();
        ObjectNode capabilities = ApiJson.object();
        capabilities.putObject(type).set("webhooks", webhooks);
        return new Form(name, capabilities, publicKey);
    }

    /**
     * Adds the webhook the parameters name. Every webhook is optional: application.json 1.0.2 requires only
     * {@code api_key}, {@code api_secret}, {@code name} and {@code type}. A replace that leaves a webhook out keeps the
     * application's current one ({@code kept}): v1's updateApplication documents only {@code answer_url} and
     * {@code event_url}, even for type messages.
     */
    private static void webhook(
            ObjectNode webhooks,
            String url,
            Map<String, String> parameters,
            String methodName,
            String defaultMethod,
            JsonNode kept,
            BodyReader reader) {
        String address = parameters.get(url);
        if (address == null && kept.path(url).path("address").isTextual()) {
            webhooks.set(url, kept.get(url).deepCopy());
            return;
        }
        if (address == null) {
            return;
        }
        if (address.isBlank()) {
            reader.invalid(url, "must not be blank when given");
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
            for (ApplicationType product : ApplicationType.values()) {
                String type = product.apiName();
                JsonNode webhooks = capabilities.path(type).path("webhooks");
                if (capabilities.has(type)) {
                    node.putObject(type).set("webhooks", webhookArray(product, webhooks));
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

    /**
     * The webhooks of a product as v1 lists them: only the endpoint types v1 describes for it (a v2 application's
     * {@code fallback_answer_url} has no v1 form), each with an address, and the method v1 defaults to when the v2
     * webhook names none, so every entry has the three members v1's schema requires.
     */
    private static ArrayNode webhookArray(ApplicationType product, JsonNode webhooks) {
        ArrayNode array = ApiJson.object().arrayNode();
        for (Map.Entry<String, String> endpoint : product.webhooks().entrySet()) {
            JsonNode webhook = webhooks.path(endpoint.getKey());
            JsonNode address = webhook.path("address");
            if (!address.isTextual()) {
                continue;
            }
            JsonNode method = webhook.path("http_method");
            array.addObject()
                    .put("endpoint_type", endpoint.getKey())
                    .put("endpoint", address.textValue())
                    .put("http_method", method.isTextual() ? method.textValue() : endpoint.getValue());
        }
        return array;
    }

    private record Form(String name, ObjectNode capabilities, String publicKey) {}
}
