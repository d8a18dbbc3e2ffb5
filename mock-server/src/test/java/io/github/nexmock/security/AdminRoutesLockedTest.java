package io.github.nexmock.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.admin.AdminRoutes;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.RequestSpec;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With an admin token, every path under {@code /__admin} needs it: each route WireMock's admin API and nexmock's admin
 * extension register (read from WireMock's own route table, so a route added by a WireMock upgrade is walked too), the
 * static pages WireMock serves beside them without its admin filters (swagger-ui, recorder), and paths no route
 * matches.
 */
class AdminRoutesLockedTest {

    private static final String TOKEN = "adm1n-t0ken";
    /** Served by WireMock's Jetty setup (default servlets and its not-matched servlet), not by its route table. */
    private static final List<String> STATIC_PAGES = List.of(
            "/swagger-ui/",
            "/swagger-ui/index.html",
            "/recorder/",
            "/recorder/index.html",
            "/not-matched",
            "/no-such-admin-path");

    @Test
    void everyAdminRouteAndPageRefusesARequestWithoutTheToken() throws ReflectiveOperationException {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().adminToken(TOKEN).build())
                .build()
                .start()) {
            List<String[]> routes = registeredRoutes(server);
            STATIC_PAGES.forEach(page -> routes.add(new String[] {"GET", page}));

            for (String[] route : routes) {
                String path = "/__admin" + route[1];
                for (String authorization : List.of("", "Bearer wrong", "Bearer " + TOKEN + "x")) {
                    RawHttp request = RawHttp.request(route[0], path);
                    if (!authorization.isEmpty()) {
                        request.header("Authorization", authorization);
                    }
                    if (!route[0].equals("GET") && !route[0].equals("DELETE")) {
                        request.json("{}");
                    }
                    RawHttp.Response response = request.send(server.port());
                    assertThat(response.status())
                            .as("%s %s with '%s': %s", route[0], path, authorization, response)
                            .isEqualTo(401);
                    assertThat(response.json().get("reason").asText()).isEqualTo("ADMIN_TOKEN_REQUIRED");
                }
            }
            assertThat(routes)
                    .as("WireMock's and nexmock's admin routes")
                    .hasSizeGreaterThan(50)
                    .anyMatch(route -> route[1].equals("/nexmock/state"))
                    .anyMatch(route -> route[1].equals("/requests"));
            assertThat(server.isRunning())
                    .as("POST /__admin/shutdown without the token")
                    .isTrue();
        }
    }

    @Test
    void theStaticPagesAnswerWithTheToken() {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().adminToken(TOKEN).build())
                .build()
                .start()) {
            for (String page : List.of("/swagger-ui/", "/recorder/")) {
                RawHttp.Response response = RawHttp.request("GET", "/__admin" + page)
                        .header("Authorization", "Bearer " + TOKEN)
                        .send(server.port());
                assertThat(response.status()).as(page).isEqualTo(200);
            }
        }
    }

    /**
     * Method and path of every route in WireMock's admin route table for this server's admin extensions, path
     * parameters filled in. WireMock keeps the table private: it is read by reflection.
     */
    private static List<String[]> registeredRoutes(NexmoMockServer server) throws ReflectiveOperationException {
        List<AdminApiExtension> adminExtensions = Arrays.stream(
                        server.extensions().extensions())
                .filter(AdminApiExtension.class::isInstance)
                .map(AdminApiExtension.class::cast)
                .toList();
        AdminRoutes table = AdminRoutes.forServer(adminExtensions, null);
        Field field = AdminRoutes.class.getDeclaredField("routes");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<RequestSpec, AdminTask> specs = (Map<RequestSpec, AdminTask>) field.get(table);
        List<String[]> routes = new ArrayList<>();
        for (RequestSpec spec : specs.keySet()) {
            RequestMethod method = spec.method();
            String path = spec.getUriTemplate()
                    .toString()
                    .replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000")
                    .replace("**", "some/file.json");
            routes.add(new String[] {method.getName(), path});
        }
        return routes;
    }
}
