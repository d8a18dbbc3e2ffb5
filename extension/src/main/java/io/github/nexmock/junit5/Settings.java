package io.github.nexmock.junit5;

import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.server.NexmockOptions;
import java.net.URI;
import java.time.Clock;

/**
 * The options of one {@link NexmoExtension}: what its builder set, with defaults for the rest. Immutable.
 *
 * @param target      the target, or {@code null} to take it from {@link NexmoTest} (MOCK without it)
 * @param credentials the real platform's credentials, or {@code null} to look them up
 * @param baseUrl     the real platform's base URL, or {@code null} for the {@code nexmock.base-url} property or the default
 * @param options     the mock's options: the clock of minted tokens and of the mock, its verification policy, ...
 * @param application the application settings, or {@code null} to take them from {@link NexmoApp} (defaults without it)
 * @param failOnWarning whether a test fails when the mock warns about its tokens (else {@link NexmoTest} or the
 *                      {@code nexmock.fail-on-warning} parameter may still ask for it)
 * @param https       whether the mock serves HTTPS only (else {@link NexmoTest} or the {@code nexmock.https}
 *                    parameter may still ask for it)
 */
record Settings(
        NexmoTarget target,
        ApiCredentials credentials,
        URI baseUrl,
        NexmockOptions options,
        ApplicationSettings application,
        boolean failOnWarning,
        boolean https) {

    static final Settings DEFAULTS = new Settings(null, null, null, NexmockOptions.defaults(), null, false, false);

    /** The clock of minted tokens and of the mock. */
    Clock clock() {
        return options.clock();
    }
}
