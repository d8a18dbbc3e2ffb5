package io.github.nexmock.junit5;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Reads the base URL of the real platform from where users give it. */
final class BaseUrls {

    static final String PROPERTY = "nexmock.base-url";
    static final URI NEXMO = URI.create("https://api.nexmo.com");

    private BaseUrls() {}

    /**
     * An absolute http(s) URL without trailing slash.
     *
     * @throws ExtensionConfigurationException naming {@code source} when it is not one
     */
    static URI parse(String value, String source) {
        String trimmed = value == null ? "" : value.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException invalid) {
            // reported below like any other unusable value
        }
        throw new ExtensionConfigurationException(
                source + " is '" + value + "', not an absolute http(s) URL; give one such as " + NEXMO);
    }
}
