package io.github.nexmock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the extension creates an application.
 *
 * @param name         the name, or empty for one derived from the test class
 * @param capabilities the {@code capabilities} object
 * @param freshPerTest whether each test gets its own application
 */
record ApplicationSettings(String name, JsonNode capabilities, boolean freshPerTest) {

    static final ApplicationSettings DEFAULTS =
            new ApplicationSettings("", JsonNodeFactory.instance.objectNode(), false);

    static ApplicationSettings of(NexmoApp annotation) {
        return new ApplicationSettings(
                annotation.name().strip(), capabilities(annotation.capabilities()), annotation.freshPerTest());
    }

    static ObjectNode capabilities(Capability... capabilities) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Capability capability : capabilities) {
            object.putObject(capability.apiName());
        }
        return object;
    }

    ApplicationSettings withName(String newName) {
        return new ApplicationSettings(newName, capabilities, freshPerTest);
    }

    ApplicationSettings withCapabilities(JsonNode newCapabilities) {
        return new ApplicationSettings(name, newCapabilities.deepCopy(), freshPerTest);
    }

    ApplicationSettings withFreshPerTest() {
        return new ApplicationSettings(name, capabilities, true);
    }
}
