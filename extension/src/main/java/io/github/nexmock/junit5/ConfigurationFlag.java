package io.github.nexmock.junit5;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A true/false JUnit configuration parameter (or system property), such as {@code nexmock.https}. */
final class ConfigurationFlag {

    private ConfigurationFlag() {}

    /**
     * The flag's value, empty when it is unset or blank.
     *
     * @throws ExtensionConfigurationException when it is neither true nor false
     */
    static Optional<Boolean> of(ExtensionContext context, String name) {
        return context.getConfigurationParameter(name)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default ->
                        throw new ExtensionConfigurationException(name + " is '" + value + "'; use true or false");
                });
    }
}
