package io.github.nexmock.junit5;

import io.github.nexmock.catalogue.CatalogueAnswer;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Tells which requests of a failed test the mock answered from its catalogue of described operations rather than
 * from a stub (a stub the test meant to match did not, or the answer was a generated one): they are added to the
 * failure as a suppressed {@link CatalogueAnswers}, each with the description it came from.
 */
final class CatalogueReport {

    private static final MockLogReport<CatalogueAnswer> LOG = new MockLogReport<>(
            mock -> new MockLogReport.Log<>(mock.catalogueAnswers()::mark, mock.catalogueAnswers()::since),
            answer -> null,
            answer -> answer.method() + ' ' + answer.path() + ": " + answer.status() + " from " + answer.operation()
                    + " of " + answer.description() + (answer.detail() == null ? "" : " - " + answer.detail()));

    private CatalogueReport() {}

    /** Notes where the mock's catalogue log stands as {@code test} starts. */
    static void start(ExtensionContext test, MockPlatform mock) {
        LOG.start(test, mock);
    }

    /** {@code failure}, with the catalogue's answers since the test started attached when there are any. */
    static Throwable attachTo(Throwable failure, TestScope scope) {
        if (failure instanceof TestAbortedException) {
            return failure;
        }
        List<CatalogueAnswer> answers = LOG.since(scope);
        if (!answers.isEmpty()) {
            failure.addSuppressed(new CatalogueAnswers(LOG.listed(
                    "the Nexmo mock answered ",
                    answers,
                    " from its catalogue of described operations, no stub matching them"
                            + " (the answer is made from the API's description):")));
        }
        return failure;
    }

    /** The catalogue's answers during a failed test, attached to its failure; it has no stack trace of its own. */
    static final class CatalogueAnswers extends MockLogReport.Attached {

        private static final long serialVersionUID = 1L;

        CatalogueAnswers(String message) {
            super(message);
        }
    }
}
