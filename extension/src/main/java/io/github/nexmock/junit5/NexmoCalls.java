package io.github.nexmock.junit5;

import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.voice.Call;
import io.github.nexmock.voice.CallStatus;
import io.github.nexmock.voice.Callee;
import io.github.nexmock.voice.Delivery;
import io.github.nexmock.voice.WebhookDefect;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Voice API calls of a test on the mock, injected as a parameter or field: the calls its application made, ways to
 * drive them as the far end would (answer, hang up, fail busy, unanswered, ...), and the webhooks the mock sent since
 * the test started, with waits that end when a webhook has been answered rather than after a sleep. Time passes on
 * the mock's clock: with a {@code TestClock}, a talk ends or a ringing timer runs out when the test advances it.
 */
public final class NexmoCalls {

    /** How long {@link #awaitWebhook} and {@link #awaitWebhooks} wait at most, in real time, for HTTP to finish. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final NexmoMockServer server;
    private final Set<String> applicationIds;
    private final long mark;

    NexmoCalls(NexmoMockServer server, Set<String> applicationIds) {
        this.server = server;
        this.applicationIds = Set.copyOf(applicationIds);
        this.mark = server.webhooks().log().mark();
    }

    /** The calls the test's application made, oldest first. */
    public List<Call> made() {
        return server.calls().all().stream()
                .filter(call -> applicationIds.contains(call.applicationId()))
                .toList();
    }

    /**
     * The call of that uuid as it stands now.
     *
     * @throws AssertionError when the mock has no such call
     */
    public Call call(String uuid) {
        return server.calls().call(uuid).orElseThrow(() -> new AssertionError("the mock has no call " + uuid));
    }

    /** Makes calls to {@code destination} (number, URI, extension or user) behave as {@code callee} from now on. */
    public void callee(String destination, Callee callee) {
        server.calls().callee(destination, callee);
    }

    /** Answers a ringing call, as the destination would. */
    public void answer(String uuid) {
        server.calls().answer(uuid);
    }

    /** Hangs up an answered call from the far end: it completes, its duration by the mock's clock. */
    public void complete(String uuid) {
        server.calls().complete(uuid);
    }

    /** Ends a call not yet answered with a failure: {@code busy}, {@code unanswered}, {@code failed}, ... */
    public void fail(String uuid, CallStatus failure) {
        server.calls().fail(uuid, failure);
    }

    /** Signs the application's later webhooks with {@code defect} ({@code null} for correct ones again). */
    public void defect(String applicationId, WebhookDefect defect) {
        server.webhooks().defect(applicationId, defect);
    }

    /** Every webhook attempt the mock made since the test started, oldest first. */
    public List<Delivery> webhooks() {
        return server.webhooks().log().since(mark);
    }

    /**
     * The first webhook attempt since the test started that {@code expected} accepts, once it has been answered.
     *
     * @throws AssertionError when none came within {@link #WAIT}, listing those that did
     */
    public Delivery awaitWebhook(Predicate<Delivery> expected) {
        try {
            return server.webhooks()
                    .log()
                    .await(mark, expected, WAIT)
                    .orElseThrow(() -> new AssertionError(
                            "no such webhook within " + WAIT.toSeconds() + " s; the mock sent: " + webhooks()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a webhook", e);
        }
    }

    /**
     * Waits until every webhook asked for so far (and those their answers lead to) has been answered.
     *
     * @throws AssertionError when some are still in flight after {@link #WAIT}
     */
    public void awaitWebhooks() {
        try {
            if (!server.webhooks().awaitIdle(WAIT)) {
                throw new AssertionError("webhooks still in flight after " + WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for webhooks", e);
        }
    }
}
