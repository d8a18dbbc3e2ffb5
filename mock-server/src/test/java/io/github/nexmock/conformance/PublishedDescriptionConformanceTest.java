package io.github.nexmock.conformance;

import static io.github.nexmock.conformance.DescribedExample.Variant.EXAMPLES;
import static io.github.nexmock.conformance.DescribedExample.Variant.HIGHEST;
import static io.github.nexmock.conformance.DescribedExample.Variant.LOWEST;
import static io.github.nexmock.conformance.DescribedExample.Variant.REQUIRED_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.conformance.DescribedExample.Variant;
import io.github.nexmock.conformance.KnownDifferences.Violation;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives every operation of every resource the mock serves that Nexmo has published a description of, over real HTTP
 * against a real {@link NexmoMockServer}, and validates each request and response with swagger-request-validator
 * against that description: {@code /v2/applications} (application.v2.json 2.1.4), {@code /v1/applications}
 * (application.json 1.0.2), {@code /v0.1/users} (conversation.json 2.0.1). Request bodies are built from the
 * descriptions' own schemas ({@link DescribedExample}): their examples, and every bound at its minimum and maximum.
 * What the mock knowingly does otherwise is in {@link KnownDifferences}, nowhere else. ({@code /v0.2/users}, in
 * conversation.v2.json, is not served by the mock; {@code /v1/users} and {@code /v0.3/users} have no published
 * description: {@code UsersShapeAsTheSdkParsesItTest} checks them.)
 */
class PublishedDescriptionConformanceTest {

    private static final String V2 = "/v2/applications";
    private static final String V1 = "/v1/applications";
    private static final String V01 = "/v0.1/users";

    private static NexmoMockServer server;
    private static PublishedDescription applicationV2;
    private static PublishedDescription applicationV1;
    private static PublishedDescription conversation;
    private static final Conformance CONFORMANCE = new Conformance();

    @BeforeAll
    static void start() {
        applicationV2 = PublishedDescription.load("application.v2.json");
        applicationV1 = PublishedDescription.load("application.json");
        conversation = PublishedDescription.load("conversation.json");
        server = NexmoMockServer.builder().build().start();
    }

    @AfterEach
    void noUnwaivedViolations() {
        List<Violation> found = CONFORMANCE.unwaived();
        CONFORMANCE.clearUnwaived();
        assertThat(found)
                .as("responses or accepted requests that disagree with Nexmo's descriptions and no "
                        + "KnownDifferences entry covers")
                .isEmpty();
    }

    @AfterAll
    static void everyDescribedOperationAnsweredAndEveryWaiverNeeded() {
        try {
            List<String> described = new ArrayList<>();
            described.addAll(applicationV2.operationsAt(V2, V2 + "/{id}"));
            described.addAll(applicationV1.operationsAt(V1, V1 + "/{app_id}"));
            described.addAll(conversation.operationsAt(V01, V01 + "/{user_id}"));
            assertThat(CONFORMANCE.succeededOperations())
                    .as("described operations the mock answered with success")
                    .containsExactlyInAnyOrderElementsOf(described);
            assertThat(CONFORMANCE.usedWaivers())
                    .as("KnownDifferences entries some exchange needed")
                    .containsExactlyInAnyOrderElementsOf(KnownDifferences.WAIVERS.stream()
                            .map(KnownDifferences.Waiver::name)
                            .toList());
        } finally {
            server.close();
        }
    }

    @Test
    void applicationsV2TakeEveryDescribedBodyAndAnswerInTheDescribedShape() {
        for (Variant variant : Variant.values()) {
            ObjectNode create = example(applicationV2, "POST", V2, variant);
            if (variant == LOWEST || variant == REQUIRED_ONLY) {
                create.remove("keys");
            } else {
                create.with("keys").put("public_key", newPublicKey());
            }
            Exchange.Result created =
                    CONFORMANCE.accepted(applicationV2, account("POST", V2).json(create));
            assertThat(created.json().get("capabilities"))
                    .as("capabilities kept as sent")
                    .isEqualTo(create.get("capabilities"));
            String id = created.json().get("id").asText();

            CONFORMANCE.accepted(applicationV2, account("GET", V2 + "/" + id));
            ObjectNode replace = example(
                    applicationV2,
                    "PUT",
                    V2 + "/{id}",
                    switch (variant) {
                        case HIGHEST -> LOWEST;
                        case REQUIRED_ONLY -> REQUIRED_ONLY;
                        default -> HIGHEST;
                    });
            if (variant != REQUIRED_ONLY) {
                replace.with("keys").put("public_key", newPublicKey());
            }
            CONFORMANCE.accepted(applicationV2, account("PUT", V2 + "/" + id).json(replace));
        }
        CONFORMANCE.accepted(applicationV2, account("GET", V2));
        CONFORMANCE.accepted(applicationV2, account("GET", V2 + "?page_size=1&page=2"));
        CONFORMANCE.accepted(applicationV2, account("GET", V2 + "?page_size=2&page=9"));
        String id = server.createApplication("deleted").id();
        CONFORMANCE.accepted(applicationV2, account("DELETE", V2 + "/" + id));
    }

    @Test
    void applicationsV2RefuseInTheDescribedShape() {
        String id = server.createApplication("refusals").id();
        String unknown = UUID.randomUUID().toString();
        CONFORMANCE.refused(applicationV2, account("POST", V2).body("application/json", "{\"name\":42}"), 400);
        CONFORMANCE.refused(applicationV2, account("PUT", V2 + "/" + id).body("application/json", "{}"), 400);
        CONFORMANCE.refused(applicationV2, account("GET", V2 + "?page_size=0&page=x"), 400);
        for (String method : List.of("GET", "POST")) {
            CONFORMANCE.refused(applicationV2, anonymous(method, V2), 401);
        }
        for (String method : List.of("GET", "PUT", "DELETE")) {
            CONFORMANCE.refused(applicationV2, anonymous(method, V2 + "/" + id), 401);
            CONFORMANCE.refused(
                    applicationV2,
                    account(method, V2 + "/" + unknown).body("application/json", "{\"name\":\"x\"}"),
                    404);
        }
        CONFORMANCE.refused(applicationV2, account("PATCH", V2), 405);
        CONFORMANCE.refused(applicationV2, account("POST", V2 + "/" + id), 405);
        CONFORMANCE.refused(applicationV2, account("GET", V2).header("Accept", "text/html"), 406);
        CONFORMANCE.refused(applicationV2, account("GET", V2 + "/" + id).header("Accept", "text/html"), 406);
        CONFORMANCE.refused(applicationV2, account("POST", V2).body("text/plain", "name=x"), 415);
        CONFORMANCE.refused(applicationV2, account("PUT", V2 + "/" + id).body("text/plain", "name=x"), 415);
    }

    // Source: application.json 1.0.2 sends api_key and api_secret in the JSON body of createApplication and
    // updateApplication and in the query string of retrieveApplications and retrieveApplication.
    @Test
    void applicationsV1TakeEveryDescribedBodyAndAnswerInTheDescribedShape() {
        for (Variant variant : List.of(EXAMPLES, HIGHEST, REQUIRED_ONLY)) {
            ObjectNode create = withCredentials(example(applicationV1, "POST", V1, variant));
            Exchange.Result created = CONFORMANCE.accepted(
                    applicationV1, Exchange.of(server.baseUrl(), "POST", V1).json(create));
            String id = created.json().get("id").asText();

            CONFORMANCE.accepted(applicationV1, Exchange.of(server.baseUrl(), "GET", V1 + "/" + id + credentials()));
            ObjectNode replace = withCredentials(example(applicationV1, "PUT", V1 + "/{app_id}", variant));
            CONFORMANCE.accepted(
                    applicationV1,
                    Exchange.of(server.baseUrl(), "PUT", V1 + "/" + id).json(replace));
        }
        ObjectNode rtc =
                withCredentials(example(applicationV1, "POST", V1, EXAMPLES)).put("type", "rtc");
        CONFORMANCE.accepted(
                applicationV1, Exchange.of(server.baseUrl(), "POST", V1).json(rtc));
        ObjectNode madeWithV2 = example(applicationV2, "POST", V2, EXAMPLES);
        madeWithV2.remove("keys");
        CONFORMANCE.accepted(applicationV2, account("POST", V2).json(madeWithV2));
        CONFORMANCE.accepted(applicationV1, Exchange.of(server.baseUrl(), "GET", V1 + credentials()));
        CONFORMANCE.accepted(
                applicationV1, Exchange.of(server.baseUrl(), "GET", V1 + credentials() + "&page_size=1&page_index=1"));
        String id = server.createApplication("deleted").id();
        CONFORMANCE.accepted(applicationV1, account("DELETE", V1 + "/" + id));
    }

    @Test
    void applicationsV1Refuse() {
        String id = server.createApplication("refusals").id();
        CONFORMANCE.refused(applicationV1, account("POST", V1).body("application/json", "{\"name\":\"x\"}"), 400);
        CONFORMANCE.refused(applicationV1, account("GET", V1 + "?page_size=0"), 400);
        CONFORMANCE.refused(applicationV1, anonymous("GET", V1), 401);
        CONFORMANCE.refused(applicationV1, account("GET", V1 + "/" + UUID.randomUUID()), 404);
        CONFORMANCE.refused(applicationV1, account("PATCH", V1 + "/" + id), 405);
        CONFORMANCE.refused(applicationV1, account("GET", V1).header("Accept", "text/html"), 406);
        CONFORMANCE.refused(applicationV1, account("POST", V1).body("text/plain", "name=x"), 415);
    }

    @Test
    void usersV01TakeEveryDescribedBodyAndAnswerInTheDescribedShape() {
        CreatedApplication app = server.createApplication("users v0.1");
        for (Variant variant : List.of(EXAMPLES, HIGHEST, REQUIRED_ONLY)) {
            ObjectNode create = example(conversation, "POST", V01, variant).put("name", "user-" + variant);
            Exchange.Result created =
                    CONFORMANCE.accepted(conversation, user(app, "POST", V01).json(create));
            String id = created.json().get("id").asText();

            CONFORMANCE.accepted(conversation, user(app, "GET", V01 + "/" + id));
            ObjectNode update = KnownDifferences.withoutUnsentMembers(
                            "PUT " + V01 + "/{user_id}", example(conversation, "PUT", V01 + "/{user_id}", variant))
                    .put("name", "renamed-" + variant);
            CONFORMANCE.accepted(conversation, user(app, "PUT", V01 + "/" + id).json(update));
            CONFORMANCE.accepted(conversation, user(app, "GET", V01));
            CONFORMANCE.accepted(conversation, user(app, "DELETE", V01 + "/" + id));
        }
    }

    @Test
    void usersV01Refuse() {
        CreatedApplication app = server.createApplication("users v0.1 refusals");
        String id = server.createUser(app.id(), "taken").id();
        CONFORMANCE.refused(conversation, user(app, "POST", V01).body("application/json", "{\"name\":42}"), 400);
        CONFORMANCE.refused(conversation, anonymous("GET", V01), 401);
        CONFORMANCE.refused(conversation, user(app, "GET", V01 + "/USR-" + UUID.randomUUID()), 404);
        CONFORMANCE.refused(conversation, user(app, "PATCH", V01 + "/" + id), 405);
        CONFORMANCE.refused(conversation, user(app, "GET", V01).header("Accept", "text/html"), 406);
        CONFORMANCE.refused(conversation, user(app, "POST", V01).body("application/json", "{\"name\":\"taken\"}"), 409);
        CONFORMANCE.refused(conversation, user(app, "POST", V01).body("text/plain", "name=x"), 415);
    }

    /** The check itself fails on a shape the description does not allow: no waiver swallows it. */
    @Test
    void aResponseOfAnotherShapeIsAnUnwaivedViolation() {
        SimpleResponse listWithTextPage = new SimpleResponse.Builder(200)
                .withContentType("application/json")
                .withBody("{\"page_size\":10,\"page\":\"one\",\"total_items\":0,\"total_pages\":1,"
                        + "\"_embedded\":{\"applications\":[{\"id\":7}]}}")
                .build();

        ValidationReport report = applicationV2.validateResponse(V2, Request.Method.GET, listWithTextPage);

        List<Violation> violations = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message ->
                        new Violation(applicationV2.file(), "GET " + V2, 200, message.getKey(), message.getMessage()))
                .toList();
        assertThat(violations).isNotEmpty().allSatisfy(violation -> assertThat(KnownDifferences.waiverFor(violation))
                .isNull());
    }

    /**
     * A problem body off the described error schema is an unwaived violation, though the problem+json media type is
     * waived; the same problem in the described shape is not. The check reads error bodies, not only their status.
     */
    @Test
    void aWrongErrorBodyIsAnUnwaivedViolation() {
        String id = V2 + "/" + UUID.randomUUID();
        Exchange.Answer described = problem(
                404,
                "{\"type\":\"https://developer.vonage.com/api-errors#not-found\",\"title\":\"Not Found\","
                        + "\"detail\":\"ID does not exist\",\"instance\":\"797a8f19\"}");
        Exchange.Answer titleNotAString = problem(
                404,
                "{\"type\":\"https://developer.vonage.com/api-errors#not-found\",\"title\":404,"
                        + "\"detail\":\"ID does not exist\",\"instance\":\"797a8f19\"}");
        Exchange.Answer undescribedMember = problem(
                404,
                "{\"type\":\"https://developer.vonage.com/api-errors#not-found\",\"title\":\"Not Found\","
                        + "\"detail\":\"ID does not exist\",\"instance\":\"797a8f19\",\"reason\":\"GONE\"}");
        Exchange.Answer parametersNotAnArray = problem(
                400,
                "{\"type\":\"https://developer.nexmo.com/api-errors/application#payload-validation\","
                        + "\"title\":\"Bad Request\",\"detail\":\"x\",\"instance\":\"797a8f19\","
                        + "\"invalid_parameters\":{\"name\":\"name\",\"reason\":\"is required\"}}");

        assertThat(unwaived(id, Request.Method.GET, described)).isEmpty();
        assertThat(unwaived(id, Request.Method.GET, titleNotAString))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message()).contains("title"));
        assertThat(unwaived(id, Request.Method.GET, undescribedMember))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message()).contains("\"reason\""));
        assertThat(unwaived(id, Request.Method.PUT, parametersNotAnArray))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message()).contains("invalid_parameters"));
    }

    private static Exchange.Answer problem(int status, String body) {
        return new Exchange.Answer(status, Map.of("Content-Type", List.of("application/problem+json")), body);
    }

    private static List<Violation> unwaived(String path, Request.Method method, Exchange.Answer answer) {
        return Conformance.errors(
                        applicationV2,
                        method + " " + path,
                        answer.status(),
                        Conformance.checkedAsJson(applicationV2, path, method, answer))
                .stream()
                .filter(violation -> KnownDifferences.waiverFor(violation) == null)
                .toList();
    }

    private static ObjectNode example(PublishedDescription description, String method, String path, Variant variant) {
        JsonNode schema = description.requestSchema(method, path);
        assertThat(schema.isMissingNode())
                .as("%s describes a JSON body for %s %s", description.file(), method, path)
                .isFalse();
        return (ObjectNode) DescribedExample.of(schema, variant);
    }

    private static ObjectNode withCredentials(ObjectNode body) {
        return body.put("api_key", server.apiKey()).put("api_secret", server.apiSecret());
    }

    private static String credentials() {
        return "?api_key=" + server.apiKey() + "&api_secret=" + server.apiSecret();
    }

    private static String newPublicKey() {
        return RsaKeys.toPublicPem(KeyPairPool.shared().take().getPublic());
    }

    private static Exchange account(String method, String path) {
        return anonymous(method, path).basic(server.apiKey(), server.apiSecret());
    }

    private static Exchange user(CreatedApplication app, String method, String path) {
        return anonymous(method, path)
                .bearer(NexmoJwts.builder()
                        .applicationId(app.id())
                        .privateKey(app.privateKey())
                        .sign());
    }

    private static Exchange anonymous(String method, String path) {
        return Exchange.of(server.baseUrl(), method, path);
    }
}
