package io.github.nexmock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.nexmock.conformance.KnownDifferences.Violation;
import io.github.nexmock.conformance.KnownDifferences.Waiver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sends exchanges to the mock and checks each against a published description: an accepted request is validated
 * with its response (so the mock must take what the description allows and answer in the described shape), a
 * refused one by its response against what the operation is described to answer. Collects what no
 * {@link KnownDifferences} entry covers, which waivers were needed, and which operations answered with success.
 */
final class Conformance {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final List<Violation> unwaived = new ArrayList<>();
    private final Set<String> usedWaivers = new LinkedHashSet<>();
    private final Set<String> succeeded = new LinkedHashSet<>();

    /** Sends a request the description allows; asserts the mock took it (2xx) and checks both sides. */
    Exchange.Result accepted(PublishedDescription description, Exchange exchange) {
        Exchange.Result result = exchange.send();
        assertThat(result.status())
                .as(
                        "%s is a request %s %s allows; the mock answered %s",
                        exchange, description.file(), description.version(), result.body())
                .isBetween(200, 299);
        record(description, result, description.validate(result.request(), result.response()));
        String operation = description.operationOf(exchange.method, exchange.uri.getRawPath());
        if (operation != null) {
            succeeded.add(description.file() + " " + operation);
        }
        return result;
    }

    /**
     * Sends a request the mock must refuse with {@code status}; checks the response against what the operation is
     * described to answer, or, for a method the path does not have (405), what its GET is described to answer.
     */
    Exchange.Result refused(PublishedDescription description, Exchange exchange, int status) {
        Exchange.Result result = exchange.send();
        assertThat(result.status())
                .as("%s answered %s", exchange, result.body())
                .isEqualTo(status);
        String path = exchange.uri.getRawPath();
        String method = description.operationOf(exchange.method, path) != null ? exchange.method : "GET";
        record(
                description,
                result,
                checkedAsJson(
                        description, path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), result.answer()));
        return result;
    }

    /**
     * Validates an answer to {@code method} on {@code path}. A problem+json body, which the descriptions declare as
     * application/json, is validated twice: as sent, for its content type alone (the "problem+json errors" waiver
     * covers the difference), and as application/json, for its status, headers and body against the described error
     * schema. Without the second pass the validator, finding no schema for problem+json, would check no body at all.
     */
    static ValidationReport checkedAsJson(
            PublishedDescription description, String path, Request.Method method, Exchange.Answer answer) {
        ValidationReport asSent = description.validateResponse(path, method, answer.toValidator());
        boolean problem = answer.contentType()
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith(PROBLEM_JSON))
                .orElse(false);
        if (!problem) {
            return asSent;
        }
        ValidationReport contentTypeOnly = ValidationReport.from(asSent.getMessages().stream()
                .filter(message -> message.getKey().startsWith("validation.response.contentType"))
                .toList());
        return contentTypeOnly.merge(description.validateResponse(
                path, method, answer.withContentType("application/json").toValidator()));
    }

    /** Every error no waiver covers, so far. */
    List<Violation> unwaived() {
        return List.copyOf(unwaived);
    }

    /** Forgets the errors reported so far (after a test has asserted on them). */
    void clearUnwaived() {
        unwaived.clear();
    }

    /** The names of the waivers some exchange needed. */
    Set<String> usedWaivers() {
        return Set.copyOf(usedWaivers);
    }

    /** {@code "file METHOD /path"} of each operation that answered a request with success. */
    Set<String> succeededOperations() {
        return Set.copyOf(succeeded);
    }

    private void record(PublishedDescription description, Exchange.Result result, ValidationReport report) {
        for (Violation violation : errors(description, result.exchange().toString(), result.status(), report)) {
            Waiver waiver = KnownDifferences.waiverFor(violation);
            if (waiver == null) {
                unwaived.add(violation);
            } else {
                usedWaivers.add(waiver.name());
            }
        }
    }

    /** Every error of a report, innermost messages first-hand, as violations of the named exchange. */
    static List<Violation> errors(
            PublishedDescription description, String exchange, int status, ValidationReport report) {
        List<ValidationReport.Message> leaves = new ArrayList<>();
        report.getMessages().forEach(message -> collectLeaves(message, leaves));
        return leaves.stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message ->
                        new Violation(description.file(), exchange, status, message.getKey(), message.getMessage()))
                .toList();
    }

    private static void collectLeaves(ValidationReport.Message message, List<ValidationReport.Message> leaves) {
        if (message.getNestedMessages().isEmpty()) {
            leaves.add(message);
        } else {
            message.getNestedMessages().forEach(nested -> collectLeaves(nested, leaves));
        }
    }
}
