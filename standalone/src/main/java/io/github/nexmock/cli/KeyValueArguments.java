package io.github.nexmock.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code name=value} arguments nexmo-cli takes for claims and user fields ({@code sub=alice}, {@code name=bob}).
 * A value may itself contain {@code =}: only the first one separates the name.
 */
final class KeyValueArguments {

    private KeyValueArguments() {}

    /**
     * Splits each argument at its first {@code =}, keeping argument order.
     *
     * @param what what an argument is, for messages ("claim", "user field")
     * @throws CliException when an argument has no {@code =}, an empty name, or repeats a name
     */
    static Map<String, String> parse(List<String> arguments, String what) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new CliException(what + " '" + argument + "' is not in the form name=value");
            }
            String name = argument.substring(0, equals);
            if (values.put(name, argument.substring(equals + 1)) != null) {
                throw new CliException(what + " '" + name + "' is given twice");
            }
        }
        return values;
    }
}
