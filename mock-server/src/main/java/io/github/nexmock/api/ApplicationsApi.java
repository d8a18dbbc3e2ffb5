package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.jwt.InvalidPemException;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.ApplicationFields;
import io.github.nexmock.state.ApplicationPage;

/**
 * The Application API v2 ({@code /v2/applications}): JSON, paged by {@code page} and {@code page_size}, replaced
 * whole by PUT. Without {@code keys.public_key} a create generates a key pair and returns its private key once.
 */
public final class ApplicationsApi {

    /** The type of a 400 for the list's query parameters, which the Application API tells apart from a bad body. */
    static final String LIST_VALIDATION = "https://developer.nexmo.com/api-errors/application#list-validation";

    private final ApplicationResources store;

    ApplicationsApi(ApplicationResources store) {
        this.store = store;
    }

    ResponseDefinition find(ApiRequest request) {
        return ApiResponses.json(200, json(store.find(request, request.id()), null));
    }

    ResponseDefinition list(ApiRequest request) {
        BodyReader parameters = new BodyReader(ApiJson.object(), request.family());
        // No upper bound: the description states none, and the Vonage Java SDK asks for 1000 to list everything.
        int pageSize = request.intQuery("page_size", 10, 1, Integer.MAX_VALUE, parameters);
        int page = request.intQuery("page", 1, 1, Integer.MAX_VALUE, parameters);
        parameters.check(LIST_VALIDATION);
        ApplicationPage result = store.page(page, pageSize);
        int totalPages = result.totalPages();
        ObjectNode body = ApiJson.object()
                .put("page_size", pageSize)
                .put("page", page)
                .put("total_items", result.totalItems())
                .put("total_pages", totalPages);
        ArrayNode applications = body.putObject("_embedded").putArray("applications");
        result.applications().forEach(application -> applications.add(json(application, null)));
        ObjectNode links = body.putObject("_links");
        link(links, "self", page, pageSize);
        link(links, "first", 1, pageSize);
        link(links, "last", Math.max(1, totalPages), pageSize);
        if (page < totalPages) {
            link(links, "next", page + 1, pageSize);
        }
        if (page > 1) {
            link(links, "prev", Math.min(page - 1, Math.max(1, totalPages)), pageSize);
        }
        return ApiResponses.json(200, body);
    }

    private static void link(ObjectNode links, String name, int page, int pageSize) {
        links.putObject(name).put("href", "/v2/applications?page_size=" + pageSize + "&page=" + page);
    }

    ResponseDefinition create(ApiRequest request) {
        ApplicationBody body = body(request);
        ApplicationResources.Created created =
                store.create(body.name(), body.capabilities(), body.privacy(), body.publicKey());
        return ApiResponses.json(201, json(created.application(), created.privateKeyPem()));
    }

    ResponseDefinition replace(ApiRequest request) {
        String id = request.id();
        Application current = store.find(request, id);
        ApplicationBody body = body(request);
        Application replaced = store.replace(
                request,
                id,
                current,
                new ApplicationFields(
                        body.name(),
                        body.capabilities(),
                        body.privacy(),
                        body.publicKey() != null ? body.publicKey() : current.publicKeyPem()));
        return ApiResponses.json(200, json(replaced, null));
    }

    /** The members a create or a replace takes; {@code publicKey} is null when the body has none. */
    private record ApplicationBody(String name, String publicKey, ObjectNode capabilities, ObjectNode privacy) {}

    /** Reads and checks every member of the request's body; a 400 naming each wrong one. */
    private static ApplicationBody body(ApiRequest request) {
        BodyReader reader = new BodyReader(request.jsonObject(), request.family());
        ApplicationBody body = new ApplicationBody(
                reader.requiredText("name"), publicKey(reader), capabilities(reader), privacy(reader));
        reader.check();
        return body;
    }

    /** {@code keys.public_key} when given and a usable RSA public key; other members of {@code keys} are ignored. */
    private static String publicKey(BodyReader reader) {
        ObjectNode keys = reader.optionalObject("keys");
        if (keys == null || !keys.has("public_key") || keys.get("public_key").isNull()) {
            return null;
        }
        JsonNode value = keys.get("public_key");
        if (!value.isTextual()) {
            reader.invalid(
                    "keys.public_key", "must be a string holding a PEM public key, got " + BodyReader.typeOf(value));
            return null;
        }
        return checkedPublicKey(value.textValue(), "keys.public_key", reader);
    }

    static String checkedPublicKey(String pem, String name, BodyReader reader) {
        try {
            RsaKeys.readPublicKey(pem);
            return pem;
        } catch (InvalidPemException e) {
            reader.invalid(name, e.getMessage());
            return null;
        }
    }

    private static ObjectNode capabilities(BodyReader reader) {
        ObjectNode capabilities = reader.optionalObject("capabilities");
        if (capabilities != null) {
            Capabilities.check(capabilities, reader);
        }
        return capabilities;
    }

    private static ObjectNode privacy(BodyReader reader) {
        ObjectNode privacy = reader.optionalObject("privacy");
        if (privacy != null
                && privacy.has("improve_ai")
                && !privacy.get("improve_ai").isBoolean()) {
            reader.invalid(
                    "privacy.improve_ai", "must be a boolean, got " + BodyReader.typeOf(privacy.get("improve_ai")));
        }
        return privacy;
    }

    /** An application as the v2 API shows it; {@code privateKeyPem} only in a create response, else {@code null}. */
    public static ObjectNode json(Application application, String privateKeyPem) {
        ObjectNode node = ApiJson.object().put("id", application.id()).put("name", application.name());
        JsonNode capabilities = application.capabilities();
        if (capabilities != null) {
            node.set("capabilities", capabilities);
        }
        JsonNode privacy = application.privacy();
        node.set("privacy", privacy != null ? privacy : ApiJson.object().put("improve_ai", true));
        ObjectNode keys = node.putObject("keys").put("public_key", application.publicKeyPem());
        if (privateKeyPem != null) {
            keys.put("private_key", privateKeyPem);
        }
        node.putObject("_links").putObject("self").put("href", "/v2/applications/" + application.id());
        return node;
    }
}
