package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NestedAndInheritedClassesTest {

    static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    @BeforeEach
    void forget() {
        SEEN.clear();
    }

    @Test
    void nestedClassesShareTheApplicationOfTheirEnclosingClassUnlessTheyConfigureTheirOwn() {
        Engine.assertAllPassed(Engine.run(Outer.class), 4);

        assertThat(SEEN.get("inner")).isEqualTo(SEEN.get("outer")).isEqualTo(SEEN.get("innermost"));
        assertThat(SEEN.get("own")).isNotEqualTo(SEEN.get("outer"));
    }

    @Test
    void subclassesInheritTheAnnotationsAndGetTheirOwnApplication() {
        Engine.assertAllPassed(Engine.run(FirstSubclass.class, SecondSubclass.class), 2);

        assertThat(SEEN.get(FirstSubclass.class.getSimpleName()))
                .isNotEqualTo(SEEN.get(SecondSubclass.class.getSimpleName()));
    }

    @Test
    void aConfiguredExtensionOnASubclassTakesOverFromTheInheritedAnnotation() {
        Engine.assertAllPassed(Engine.run(ConfiguredSubclass.class), 1);
    }

    @NexmoTest
    static class Outer {

        NexmoApplication outerField;

        @Test
        void outer(NexmoApplication app) {
            SEEN.put("outer", app.id());
        }

        @Nested
        class Inner {

            @Test
            void inner(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice) {
                assertThat(outerField.id()).isEqualTo(app.id());
                assertThat(alice.applicationId()).isEqualTo(app.id());
                SEEN.put("inner", app.id());
            }

            @Nested
            class Innermost {

                @Test
                void innermost(NexmoApplication app) {
                    SEEN.put("innermost", app.id());
                }
            }
        }

        @Nested
        @NexmoApp(name = "own")
        class WithItsOwn {

            @Test
            void own(NexmoApplication app) {
                assertThat(outerField.id())
                        .as("the outer instance's field holds the test's application")
                        .isEqualTo(app.id());
                assertThat(app.name()).isEqualTo("own");
                SEEN.put("own", app.id());
            }
        }
    }

    @NexmoTest
    @NexmoApp(capabilities = Capability.RTC)
    abstract static class Base {

        NexmoApplication app;

        @Test
        void inherited() {
            assertThat(app.capabilities().has("rtc")).isTrue();
            assertThat(app.name()).isEqualTo("nexmock " + getClass().getSimpleName());
            SEEN.put(getClass().getSimpleName(), app.id());
        }
    }

    static class FirstSubclass extends Base {}

    static class SecondSubclass extends Base {}

    static class ConfiguredSubclass extends Base {

        @RegisterExtension
        static NexmoExtension nexmo =
                NexmoExtension.builder().applicationName("configured").build();

        @Override
        @Test
        void inherited() {
            assertThat(app.capabilities().has("rtc"))
                    .as("@NexmoApp on the class still applies")
                    .isTrue();
        }
    }
}
