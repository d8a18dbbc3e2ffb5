package io.github.nexmock.cli;

/**
 * Sets up slf4j-simple, the logging backend bundled in the standalone jar: warnings and errors only by default, so a
 * failing bind or a broken extension still shows, and info with {@code --verbose}. Log lines go to stderr, keeping
 * stdout for results. A level given with {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=...} wins.
 */
final class Logging {

    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /** Jetty warns when WireMock asks for more acceptor threads than there are cores, which is harmless for a mock. */
    private static final String ACCEPTOR_WARNING =
            "org.slf4j.simpleLogger.log.org.eclipse.jetty.server.AbstractConnector";

    private Logging() {}

    /** Must run before the first logger is created, that is before the server is built. */
    static void configure(boolean verbose) {
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, verbose ? "info" : "warn");
        }
        if (!verbose && System.getProperty(ACCEPTOR_WARNING) == null) {
            System.setProperty(ACCEPTOR_WARNING, "error");
        }
    }
}
