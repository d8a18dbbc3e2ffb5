package io.github.nexmock.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** The {@code --base-url} flag of the commands that call the API: the local mock by default, the real platform when told. */
final class BaseUrlOption {

    /** Where {@code serve} listens without flags. */
    static final String DEFAULT = "http://127.0.0.1:8080";

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            defaultValue = DEFAULT,
            description =
                    "API base URL (default: ${DEFAULT-VALUE}, the local mock; https://api.nexmo.com for the real platform).")
    String baseUrl;

    /** The base URL, checked (see {@link #toUri}). */
    URI uri() {
        return toUri(baseUrl);
    }

    /**
     * A base URL given on the command line, checked, without a trailing slash.
     *
     * @throws CliException when it is not an absolute http(s) URL
     */
    static URI toUri(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new CliException("--base-url '" + baseUrl + "' is not usable: " + OneLine.of(e), e);
        }
    }
}
