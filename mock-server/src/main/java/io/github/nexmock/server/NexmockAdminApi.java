package io.github.nexmock.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.api.ApiFamily;
import io.github.nexmock.api.ApiJson;
import io.github.nexmock.api.ApiResponses;
import io.github.nexmock.api.ApplicationsApi;
import io.github.nexmock.api.InvalidParameter;
import io.github.nexmock.api.Problem;
import io.github.nexmock.jwt.MarkedLog;
import io.github.nexmock.jwt.Rejection;
import io.github.nexmock.jwt.RejectionLog;
import io.github.nexmock.jwt.Warning;
import io.github.nexmock.jwt.WarningLog;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.NexmoState;
import io.github.nexmock.state.StateSnapshot;
import io.github.nexmock.state.User;
import io.github.nexmock.voice.Calls;
import io.github.nexmock.voice.Delivery;
import io.github.nexmock.voice.DeliveryLog;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * nexmock's admin endpoints beside WireMock's own, under {@code /__admin/nexmock/}: {@code GET state} (applications
 * with public keys only, and users), {@code POST reset} (empties the state, the rejection log and the warning log),
 * {@code GET rejections} and {@code GET warnings} (optionally {@code ?since=<mark>}), {@code DELETE rejections} and
 * {@code DELETE warnings}, and {@code GET webhooks} (the webhook delivery log: URL, status, time, attempt; never a
 * secret or token; optionally {@code ?since=<mark>}). Reset also forgets the calls and the delivery log.
 */
final class NexmockAdminApi implements AdminApiExtension {

    /** The extension name WireMock knows the admin API by. */
    static final String NAME = "nexmock-admin";

    private final NexmoState state;
    private final RejectionLog rejections;
    private final WarningLog warnings;
    private final Calls calls;
    private final DeliveryLog deliveries;

    NexmockAdminApi(
            NexmoState state, RejectionLog rejections, WarningLog warnings, Calls calls, DeliveryLog deliveries) {
        this.state = state;
        this.rejections = rejections;
        this.warnings = warnings;
        this.calls = calls;
        this.deliveries = deliveries;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/nexmock/state", (admin, event, params) -> ApiResponses.json(200, state()));
        router.add(RequestMethod.POST, "/nexmock/reset", (admin, event, params) -> {
            state.reset();
            rejections.clear();
            warnings.clear();
            calls.clear();
            deliveries.clear();
            return ApiResponses.noContent();
        });
        router.add(
                RequestMethod.GET,
                "/nexmock/webhooks",
                (admin, event, params) -> page(
                        event.getRequest().queryParameter("since"),
                        "webhooks",
                        mark -> {
                            DeliveryLog.Page page = deliveries.page(mark);
                            return new MarkedLog.Page<>(page.deliveries(), page.mark());
                        },
                        NexmockAdminApi::webhook));
        // WireMock finds a route's path template by the class of its task: one lambda per route
        router.add(
                RequestMethod.GET,
                "/nexmock/rejections",
                (admin, event, params) -> page(
                        event.getRequest().queryParameter("since"),
                        "rejections",
                        rejections::page,
                        NexmockAdminApi::rejection));
        router.add(RequestMethod.DELETE, "/nexmock/rejections", (admin, event, params) -> clear(rejections));
        router.add(
                RequestMethod.GET,
                "/nexmock/warnings",
                (admin, event, params) -> page(
                        event.getRequest().queryParameter("since"),
                        "warnings",
                        warnings::page,
                        NexmockAdminApi::warning));
        router.add(RequestMethod.DELETE, "/nexmock/warnings", (admin, event, params) -> clear(warnings));
    }

    private static ResponseDefinition clear(MarkedLog<?> log) {
        log.clear();
        return ApiResponses.noContent();
    }

    private ObjectNode state() {
        StateSnapshot snapshot = state.snapshot();
        ObjectNode body = ApiJson.object();
        ArrayNode applications = body.putArray("applications");
        for (Application application : snapshot.applications()) {
            applications.add(ApplicationsApi.json(application, null));
        }
        ArrayNode users = body.putArray("users");
        for (User user : snapshot.users()) {
            ObjectNode node = users.addObject()
                    .put("id", user.id())
                    .put("application_id", user.applicationId())
                    .put("name", user.name());
            putIfPresent(node, "display_name", user.displayName());
            putIfPresent(node, "image_url", user.imageUrl());
            setIfPresent(node, "properties", user.properties());
            setIfPresent(node, "channels", user.channels());
            node.put("created_at", user.createdAt().toString());
        }
        return body;
    }

    /** One log from {@code since} (0 when absent) on, under {@code name}, with the mark to pass next time. */
    private static <E> ResponseDefinition page(
            QueryParameter since, String name, LongFunction<MarkedLog.Page<E>> read, BiConsumer<E, ObjectNode> entry) {
        long mark = 0;
        if (since != null && since.isPresent()) {
            try {
                mark = Long.parseLong(since.firstValue());
            } catch (NumberFormatException e) {
                return Problem.invalid(
                                ApiFamily.APPLICATIONS,
                                List.of(new InvalidParameter(
                                        "since", "must be a mark (an integer), got '" + since.firstValue() + "'")))
                        .toResponse();
            }
        }
        MarkedLog.Page<E> page = read.apply(mark);
        ObjectNode body = ApiJson.object().put("mark", page.mark());
        ArrayNode entries = body.putArray(name);
        for (E value : page.entries()) {
            entry.accept(value, entries.addObject());
        }
        return ApiResponses.json(200, body);
    }

    private static void webhook(Delivery delivery, ObjectNode entry) {
        entry.put("time", delivery.time().toString())
                .put("kind", delivery.kind())
                .put("call_uuid", delivery.subject())
                .put("method", delivery.method())
                .put("url", delivery.url())
                .put("attempt", delivery.attempt())
                .put("status", delivery.status())
                .put("signed", delivery.signed());
        putIfPresent(entry, "error", delivery.error());
        putIfPresent(
                entry,
                "defect",
                delivery.defect() == null ? null : delivery.defect().name());
    }

    private static void rejection(Rejection rejection, ObjectNode entry) {
        entry.put("time", rejection.time().toString())
                .put("method", rejection.method())
                .put("path", rejection.path())
                .put("reason", rejection.reason().name())
                .put("detail", rejection.detail());
        entry.set("claims", ApiJson.tree(rejection.claims()));
    }

    private static void warning(Warning warning, ObjectNode entry) {
        entry.put("time", warning.time().toString())
                .put("method", warning.method())
                .put("path", warning.path())
                .put("application_id", warning.applicationId())
                .put("code", warning.reason().name()) // wire names kept from before the record's rename
                .put("message", warning.detail());
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void setIfPresent(ObjectNode node, String name, JsonNode value) {
        if (value != null) {
            node.set(name, value);
        }
    }
}
