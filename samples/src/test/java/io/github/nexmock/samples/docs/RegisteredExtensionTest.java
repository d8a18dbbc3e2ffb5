package io.github.nexmock.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoExtension;
import io.github.nexmock.junit5.NexmoTarget;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension registered with options instead of {@code @NexmoTest}, as docs/junit.md shows it: the AUTO target (the
 * mock unless API credentials are set) and an application of its own for every test.
 */
class RegisteredExtensionTest {

    // snippet:register-extension
    @RegisterExtension
    static NexmoExtension nexmo = NexmoExtension.builder()
            .target(NexmoTarget.AUTO)
            .freshApplicationPerTest()
            .build();
    // end-snippet:register-extension

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    @RepeatedTest(2)
    void eachTestGetsAnApplicationOfItsOwn(NexmoApplication app) {
        assertThat(SEEN.add(app.id()))
                .as("application %s was already given to another test", app.id())
                .isTrue();
    }
}
