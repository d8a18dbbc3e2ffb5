package io.github.nexmock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vonage.client.Jsonable;
import com.vonage.client.common.SortOrder;
import com.vonage.client.users.BaseUser;
import com.vonage.client.users.ListUsersRequest;
import com.vonage.client.users.ListUsersResponse;
import com.vonage.client.users.User;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /v1/users} and {@code /v0.3/users} have no published description, so their shapes are checked against what
 * the Vonage Java SDK (server-sdk 9.3.1, {@code com.vonage.client.users}) parses: the mock's raw responses, read with
 * the SDK's own classes and mapper, must keep every member and value, and its {@code next} link must give the SDK the
 * cursor the mock wrote. (The Node SDK, {@code @vonage/users}, is exercised by the interop script.)
 */
class UsersShapeAsTheSdkParsesItTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Members the SDK's User does not model, which it skips: the platform sends them too. */
    private static final List<String> NOT_MODELLED = List.of("_links", "timestamp");

    private static NexmoMockServer server;
    private static CreatedApplication app;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder().build().start();
        app = server.createApplication("sdk shapes");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // Source: com.vonage.client.users.User (JSON members id, name, display_name, image_url as java.net.URI,
    // properties.custom_data, channels keyed pstn, sip, vbc, websocket, sms, mms, whatsapp, viber, messenger). The
    // pstn number is sent as a string because the SDK's Pstn writes it so (the mock keeps a number as a number).
    @ParameterizedTest
    @ValueSource(strings = {"v1", "v0.3"})
    void everyMemberOfAUserSurvivesTheSdksParse(String version) throws Exception {
        ObjectNode sent = (ObjectNode) JSON.readTree("{\"name\":\"shape-" + version + "\",\"display_name\":\"Shape\","
                + "\"image_url\":\"https://example.com/shape.png\",\"properties\":{\"custom_data\":{\"tier\":2,"
                + "\"tags\":[\"a\"]}},\"channels\":{\"pstn\":[{\"number\":\"447700900000\"}],"
                + "\"sip\":[{\"uri\":\"sip:shape@example.com\",\"username\":\"u\",\"password\":\"p\"}],"
                + "\"websocket\":[{\"uri\":\"wss://example.com/socket\",\"content-type\":\"audio/l16;rate=16000\","
                + "\"headers\":{\"k\":\"v\"}}],\"sms\":[{\"number\":\"447700900001\"}],"
                + "\"whatsapp\":[{\"number\":\"447700900002\"}],\"vbc\":[{\"extension\":\"403\"}]}}");
        Exchange.Result created =
                user("POST", "/" + version + "/users").json(sent).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();

        for (Exchange.Result read :
                List.of(created, user("GET", "/" + version + "/users/" + id).send())) {
            JsonNode raw = read.json();
            User parsed = Jsonable.fromJson(read.body(), User.class);

            assertThat(parsed.getId()).isEqualTo(id).startsWith("USR-");
            assertThat(parsed.getImageUrl()).isEqualTo(URI.create("https://example.com/shape.png"));
            assertThat(JSON.readTree(parsed.toJson())).isEqualTo(withoutNotModelled(raw));
            assertThat(raw.at("/_links/self/href").asText()).endsWith("/" + version + "/users/" + id);
        }
    }

    // Source: com.vonage.client.common.HalPageResponse and HalLinks (page_size, _links.first/self/next/prev.href as
    // URIs), ListUsersResponse (_embedded.users as BaseUser id and name), ListUsersRequest.Builder.cursor(URI), which
    // takes what follows "cursor=" in the next link.
    @ParameterizedTest
    @ValueSource(strings = {"v1", "v0.3"})
    void listPagesParseAndTheirNextLinkCarriesTheCursorTheSdkSendsBack(String version) {
        CreatedApplication listed = server.createApplication("sdk pages " + version);
        for (int i = 0; i < 5; i++) {
            server.createUser(listed.id(), "page-user-" + i);
        }
        List<String> seen = new ArrayList<>();
        Exchange.Result page = user(listed, "GET", "/" + version + "/users?page_size=2&order=desc")
                .send();
        for (int pages = 0; pages < 5; pages++) {
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            ListUsersResponse parsed = Jsonable.fromJson(page.body(), ListUsersResponse.class);
            JsonNode raw = page.json();

            assertThat(parsed.getPageSize()).isEqualTo(2);
            assertThat(parsed.getUsers())
                    .extracting(BaseUser::getId)
                    .containsExactlyElementsOf(raw.at("/_embedded/users").findValuesAsText("id"));
            assertThat(parsed.getLinks().getSelfUrl())
                    .isEqualTo(URI.create(raw.at("/_links/self/href").asText()));
            assertThat(parsed.getLinks().getFirstUrl())
                    .isEqualTo(URI.create(raw.at("/_links/first/href").asText()));
            parsed.getUsers().forEach(user -> seen.add(user.getName()));
            URI next = parsed.getLinks().getNextUrl();
            if (next == null) {
                break;
            }
            ListUsersRequest request = ListUsersRequest.builder()
                    .pageSize(2)
                    .order(SortOrder.DESCENDING)
                    .cursor(next)
                    .build();
            assertThat(request.getCursor())
                    .matches("[A-Za-z0-9_-]+")
                    .isEqualTo(next.getRawQuery().replaceFirst(".*cursor=", ""));
            page = user(listed, "GET", "/" + version + "/users?" + query(request.makeParams()))
                    .send();
        }
        assertThat(seen).containsExactly("page-user-4", "page-user-3", "page-user-2", "page-user-1", "page-user-0");
    }

    private static JsonNode withoutNotModelled(JsonNode raw) {
        ObjectNode copy = raw.deepCopy();
        NOT_MODELLED.forEach(copy::remove);
        return copy;
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
    }

    private static Exchange user(String method, String path) {
        return user(app, method, path);
    }

    private static Exchange user(CreatedApplication owner, String method, String path) {
        return Exchange.of(server.baseUrl(), method, path)
                .bearer(NexmoJwts.builder()
                        .applicationId(owner.id())
                        .privateKey(owner.privateKey())
                        .sign());
    }
}
