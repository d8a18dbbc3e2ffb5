package io.github.nexmock.junit5;

import io.github.nexmock.server.NexmockOptions;

/**
 * An in-process mock with one application on it, owned by the caller instead of a JUnit extension context: for test
 * frameworks that manage their own resources, such as a Spring test context (nexmock-spring ties one to each context).
 * Starting one starts the mock and creates the application with a key pair no test has to wait for; closing it deletes
 * the application and stops the mock. It calls no JUnit API, so the JUnit version on the class path does not matter.
 */
public final class MockSession implements AutoCloseable {

    private final MockPlatform platform;
    private final ApplicationSession application;

    private MockSession(MockPlatform platform, ApplicationSession application) {
        this.platform = platform;
        this.application = application;
    }

    /** Starts a mock with the default options and creates an application of this name and capabilities on it. */
    public static MockSession start(String applicationName, Capability... capabilities) {
        NexmockOptions options = NexmockOptions.defaults();
        MockPlatform platform = MockPlatform.start(options, false);
        try {
            return new MockSession(
                    platform,
                    ApplicationSession.create(
                            platform,
                            KeyPairs.create(NexmoTarget.MOCK),
                            applicationName,
                            ApplicationSettings.capabilities(capabilities),
                            options.clock()));
        } catch (RuntimeException failure) {
            platform.close();
            throw failure;
        }
    }

    /** The mock's base URL and account credentials, and the mock server itself. */
    public NexmoEnvironment environment() {
        return platform.environment();
    }

    /** The application, with the key pair that signs its tokens. */
    public NexmoApplication application() {
        return application.application();
    }

    /** Deletes the application and stops the mock. */
    @Override
    public void close() {
        try {
            application.close();
        } finally {
            platform.close();
        }
    }

    /** The application and the mock's URL; never a secret. */
    @Override
    public String toString() {
        return "MockSession[" + application() + " at " + environment().baseUrl() + "]";
    }
}
