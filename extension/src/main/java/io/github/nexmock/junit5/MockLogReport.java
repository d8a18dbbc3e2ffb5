package io.github.nexmock.junit5;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * One of the mock's logs as a test sees it: the entries logged since the test started, those of the test's own
 * applications apart from the others, written one request a line. {@link RefusalReport}, {@link WarningReport} and
 * {@link WebhookReport} each word their report with one.
 *
 * @param <E> the kind of entry
 */
final class MockLogReport<E> {

    /** A log as the report reads it: where it stands, and what came after a mark. */
    record Log<E>(LongSupplier mark, LongFunction<List<E>> since) {}

    private final Function<MockPlatform, Log<E>> log;
    private final Function<E, String> applicationId;
    private final Function<E, String> line;
    private final String noun;

    /**
     * @param log           the log to read from the mock
     * @param applicationId the application an entry's token was signed for
     * @param line          an entry as {@code METHOD /path: CODE - detail}
     */
    MockLogReport(Function<MockPlatform, Log<E>> log, Function<E, String> applicationId, Function<E, String> line) {
        this(log, applicationId, line, "request");
    }

    /** The same, counting entries as {@code noun}s rather than requests. */
    MockLogReport(
            Function<MockPlatform, Log<E>> log,
            Function<E, String> applicationId,
            Function<E, String> line,
            String noun) {
        this.log = log;
        this.applicationId = applicationId;
        this.line = line;
        this.noun = noun;
    }

    /** Notes where the log stands as {@code test} starts. */
    void start(ExtensionContext test, MockPlatform mock) {
        Stores.of(test).put(this, new Start(mock, log.apply(mock).mark().getAsLong()));
    }

    /** The entries logged since the test of {@code scope} started; none when it was never started. */
    List<E> since(TestScope scope) {
        Start start = Stores.of(scope.context()).get(this, Start.class);
        return start == null ? List.of() : log.apply(start.mock()).since().apply(start.mark());
    }

    /**
     * {@code failure}, with the entries since the test started attached, {@linkplain #describe described} and wrapped
     * by {@code report}, when there are any; an aborted test's {@code failure} is left as it is.
     */
    Throwable attachTo(
            Throwable failure, TestScope scope, String lead, String alsoLead, Function<String, Attached> report) {
        if (failure instanceof TestAbortedException) {
            return failure;
        }
        List<E> entries = since(scope);
        if (!entries.isEmpty()) {
            failure.addSuppressed(report.apply(describe(entries, scope.existingApplicationIds(), lead, alsoLead)));
        }
        return failure;
    }

    /** Those of {@code entries} whose token was signed for one of {@code applicationIds}. */
    List<E> ours(List<E> entries, Set<String> applicationIds) {
        return entries.stream()
                .filter(entry -> applicationIds.contains(applicationId.apply(entry)))
                .toList();
    }

    /**
     * {@code entries} described for a test of {@code applicationIds}: first its own, led by {@code lead}, then the
     * others, led by {@code lead} again when they come alone or else by {@code alsoLead}.
     */
    private String describe(List<E> entries, Set<String> applicationIds, String lead, String alsoLead) {
        List<E> ours = ours(entries, applicationIds);
        List<E> others = entries.stream().filter(entry -> !ours.contains(entry)).toList();
        StringBuilder text = new StringBuilder();
        if (!ours.isEmpty()) {
            text.append(listed(lead, ours, " with this test's application:"));
        }
        if (!others.isEmpty()) {
            text.append(listed(
                    ours.isEmpty() ? lead : "\n" + alsoLead,
                    others,
                    " not signed for this test's application (perhaps from a test running at the same time):"));
        }
        return text.toString();
    }

    /** {@code lead}, how many requests {@code entries} are, {@code what}, then one line for each entry. */
    String listed(String lead, List<E> entries, String what) {
        StringBuilder text = new StringBuilder(lead)
                .append(entries.size())
                .append(entries.size() == 1 ? " " + noun : " " + noun + "s")
                .append(what);
        entries.forEach(entry -> text.append("\n  ").append(line.apply(entry)));
        return text.toString();
    }

    private record Start(MockPlatform mock, long mark) {}

    /** A report of the mock's log attached to a test's failure; it has no stack trace of its own. */
    abstract static class Attached extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Attached(String message) {
            super(message, null, false, false);
        }
    }
}
