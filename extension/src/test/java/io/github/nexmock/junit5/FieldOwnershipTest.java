package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.vonage.client.VonageClient;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.Spy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Field injection never replaces a value: it leaves fields that other frameworks claim by annotation, fields the test
 * or another extension already set, and what the test put in a field; it empties what it filled when the scope ends,
 * so a {@code PER_CLASS} instance and a class run again get their own values. No framework runs here: the annotations
 * alone must keep nexmock away.
 */
class FieldOwnershipTest {

    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    /** What the test's own initializer, or another extension, put in a field. */
    static final VonageClient USERS_CLIENT =
            VonageClient.builder().apiKey("users-key").apiSecret("users-secret").build();

    @BeforeEach
    void forget() {
        SEEN.clear();
        Statics.environment = null;
        Statics.preset = null;
    }

    @Test
    void leavesFieldsThatAnotherFrameworkClaimsByAnnotation() {
        Engine.assertAllPassed(Engine.run(Claimed.class), 1);
    }

    @Test
    void claimedCoversEveryAnnotationTheExtensionLeavesAlone() {
        List<String> used = Arrays.stream(Claimed.class.getDeclaredFields())
                .filter(field -> !field.isSynthetic())
                .flatMap(field -> Arrays.stream(field.getDeclaredAnnotations()))
                .map(Annotation::annotationType)
                .map(Class::getName)
                .toList();

        assertThat(used).containsExactlyInAnyOrderElementsOf(FieldInjection.OTHER_INJECTORS);
    }

    @Test
    void leavesFieldsTheTestOrAnotherExtensionAlreadySet() {
        Engine.assertAllPassed(Engine.run(AlreadySet.class), 1);
    }

    @Test
    void fillsAPerClassInstanceAgainForEachTest() {
        Engine.assertAllPassed(Engine.run(PerClassInstance.class), 2);

        assertThat(SEEN.get("first")).isNotNull().isNotEqualTo(SEEN.get("second"));
    }

    @Test
    void emptiesStaticFieldsWhenTheClassEndsSoARunAgainGetsItsOwnValues() {
        Engine.assertAllPassed(Engine.run(Statics.class), 1);
        Object firstRun = SEEN.get("environment");
        assertThat(Statics.environment).as("after the run").isNull();

        Engine.assertAllPassed(Engine.run(Statics.class), 1);

        assertThat(SEEN.get("environment")).isNotNull().isNotSameAs(firstRun);
    }

    @Test
    void keepsWhatTheTestPutInAFieldItFilled() {
        Engine.assertAllPassed(Engine.run(Statics.class), 1);

        assertThat(Statics.preset).isSameAs(USERS_CLIENT);
    }

    @NexmoTest
    @SuppressWarnings("removal") // @MockBean and @SpyBean: deprecated for removal in Spring Boot 3.4, still in wide use
    static class Claimed {

        @Autowired
        VonageClient autowired;

        @Value("${vonage.environment}")
        NexmoEnvironment value;

        @jakarta.inject.Inject
        NexmoApplication jakartaInject;

        @javax.inject.Inject
        NexmoApplication javaxInject;

        @jakarta.annotation.Resource
        VonageClient jakartaResource;

        @javax.annotation.Resource
        VonageClient javaxResource;

        @org.springframework.boot.test.mock.mockito.MockBean
        VonageClient mockBean;

        @org.springframework.boot.test.mock.mockito.SpyBean
        VonageClient spyBean;

        @MockitoBean
        VonageClient mockitoBean;

        @MockitoSpyBean
        VonageClient mockitoSpyBean;

        @TestBean
        VonageClient testBean;

        @Mock
        VonageClient mock;

        @Spy
        NexmoApplication spy;

        @InjectMocks
        NexmoEnvironment injectMocks;

        @Test
        void test(NexmoApplication app) throws IllegalAccessException {
            for (Field field : Claimed.class.getDeclaredFields()) {
                assertThat(field.isSynthetic() ? null : field.get(this))
                        .as(field.getName())
                        .isNull();
            }
            assertThat(app).as("nexmock still serves the parameter").isNotNull();
        }
    }

    @NexmoTest
    @ExtendWith(SetsAField.class)
    static class AlreadySet {

        VonageClient initialized = USERS_CLIENT;

        VonageClient byAnotherExtension;

        NexmoApplication empty;

        @Test
        void test(NexmoApplication app) {
            assertThat(initialized).isSameAs(USERS_CLIENT);
            assertThat(byAnotherExtension).isSameAs(USERS_CLIENT);
            assertThat(empty).as("an empty field is still filled").isSameAs(app);
        }
    }

    /** Fills a test instance as the {@code SpringExtension} does for {@code @Autowired} fields: before beforeEach. */
    static class SetsAField implements TestInstancePostProcessor {

        @Override
        public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
            ((AlreadySet) testInstance).byAnotherExtension = USERS_CLIENT;
        }
    }

    @NexmoTest
    @NexmoApp(freshPerTest = true)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassInstance {

        NexmoApplication app;

        @Test
        @Order(1)
        void first(NexmoApplication own) {
            assertThat(app).isSameAs(own);
            SEEN.put("first", app.id());
        }

        @Test
        @Order(2)
        void second(NexmoApplication own) {
            assertThat(app).isSameAs(own);
            SEEN.put("second", app.id());
        }
    }

    @NexmoTest
    static class Statics {

        static NexmoEnvironment environment;

        static VonageClient preset;

        @Test
        void test(NexmoEnvironment nexmo) {
            assertThat(environment).isSameAs(nexmo);
            assertThat(preset).isNotNull();
            SEEN.put("environment", environment);
            preset = USERS_CLIENT;
        }
    }
}
