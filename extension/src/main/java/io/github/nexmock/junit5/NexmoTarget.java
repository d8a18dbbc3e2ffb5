package io.github.nexmock.junit5;

/**
 * Where a test's applications, users and tokens live. Choose it with {@link NexmoTest#target()} or
 * {@link NexmoExtension.Builder#target}; the {@code nexmock.target} system property or JUnit configuration parameter
 * ({@code mock}, {@code real} or {@code auto}) overrides both, so a CI job can switch a whole suite.
 */
public enum NexmoTarget {

    /** An in-process mock server on a random loopback port, one per test run, shared by every test class. */
    MOCK,

    /**
     * The Nexmo platform (or any server behind {@code nexmock.base-url}), reached with the account's API key and
     * secret; tests without credentials are skipped, and everything the extension created is deleted afterwards.
     */
    REAL,

    /** {@link #REAL} when API credentials are available, {@link #MOCK} otherwise. */
    AUTO
}
