package io.github.nexmock.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the catalogue covers and how it routes: the figures docs/catalogue.md states, and its precedence rules. */
class OperationsTest {

    private final Operations operations = new NexmoCatalogue().operations();

    @Test
    void coversEightyFourOperationsOfSeventeenDescriptions() {
        Map<String, Long> perDescription = new TreeMap<>(operations.all().stream()
                .collect(Collectors.groupingBy(operation -> operation.source().file(), Collectors.counting())));

        assertThat(perDescription)
                .containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                        Map.entry("account.json", 8L),
                        Map.entry("audit.json", 3L),
                        Map.entry("conversation.json", 17L),
                        Map.entry("conversation.v2.json", 4L),
                        Map.entry("conversion.json", 2L),
                        Map.entry("dispatch.json", 1L),
                        Map.entry("external-accounts.json", 9L),
                        Map.entry("media.json", 4L),
                        Map.entry("messages-olympus.json", 1L),
                        Map.entry("number-insight.json", 4L),
                        Map.entry("numbers.json", 5L),
                        Map.entry("pricing.json", 3L),
                        Map.entry("redact.json", 1L),
                        Map.entry("reports.json", 6L),
                        Map.entry("sms.json", 1L),
                        Map.entry("subaccounts.json", 9L),
                        Map.entry("verify.json", 6L))));
    }

    @Test
    void leavesWhatNexmockServesWithStateToItsRoutes() {
        assertThat(operations.all())
                .extracting(operation -> operation.path().template())
                .noneMatch(template -> Operations.STATEFUL_ROOTS.stream().anyMatch(template::startsWith));
        assertThat(operations.find("GET", "/v0.1/users")).isEmpty();
        assertThat(operations.find("POST", "/v1/calls")).isEmpty();
        assertThat(operations.find("GET", "/v0.2/users")).isPresent();
    }

    @Test
    void noTwoDescriptionsClaimTheSameRequest() {
        List<String> clashes = new ArrayList<>();
        for (Operation one : operations.all()) {
            for (Operation other : operations.all()) {
                if (one != other
                        && one.method().equals(other.method())
                        && one.path().sameShape(other.path())) {
                    clashes.add(one.template() + " of " + one.description() + " / " + other.description());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void aConcretePathWinsOverATemplateThatAlsoMatchesIt() {
        assertThat(operations.find("POST", "/verify/network-unblock"))
                .get()
                .extracting(Operation::template)
                .isEqualTo("POST /verify/network-unblock");
        assertThat(operations.find("POST", "/verify/json"))
                .get()
                .extracting(Operation::template)
                .isEqualTo("POST /verify/{format}");
        assertThat(operations.find("GET", "/beta/chatapp-accounts/messenger/123"))
                .get()
                .extracting(Operation::template)
                .isEqualTo("GET /beta/chatapp-accounts/messenger/{external_id}");
        assertThat(operations.find("GET", "/v3/media/abc/info"))
                .get()
                .extracting(operation -> operation.source().file())
                .isEqualTo("media.json");
        assertThat(operations.find("GET", "/v3/media/abc"))
                .get()
                .extracting(operation -> operation.source().file())
                .isEqualTo("reports.json");
    }

    @Test
    void readsEachOperationsSecurityFromItsDescription() {
        assertThat(operations.find("POST", "/sms/json").orElseThrow().security().accepted())
                .containsExactlyInAnyOrder(Security.Scheme.KEY_SECRET, Security.Scheme.KEY_SIGNATURE);
        assertThat(operations
                        .find("POST", "/v1/messages")
                        .orElseThrow()
                        .security()
                        .accepted())
                .containsExactlyInAnyOrder(Security.Scheme.BEARER, Security.Scheme.BASIC);
        assertThat(operations
                        .find("GET", "/v0.1/conversations")
                        .orElseThrow()
                        .security()
                        .accepted())
                .containsExactly(Security.Scheme.BEARER);
        assertThat(operations
                        .find("GET", "/ni/basic/json")
                        .orElseThrow()
                        .security()
                        .accepted())
                .containsExactly(Security.Scheme.KEY_SECRET);
        assertThat(operations
                        .find("POST", "/conversions/sms")
                        .orElseThrow()
                        .security()
                        .accepted())
                .containsExactlyInAnyOrder(Security.Scheme.KEY_SECRET, Security.Scheme.KEY_SIGNATURE);
        assertThat(operations.find("GET", "/v3/media").orElseThrow().security().undeclared())
                .isTrue();
    }
}
