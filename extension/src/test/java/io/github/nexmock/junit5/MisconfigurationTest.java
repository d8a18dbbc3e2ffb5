package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.Acl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class MisconfigurationTest {

    /** One run of the cases, shared by the tests that check it. */
    private static EngineExecutionResults results;

    @BeforeAll
    static void runTheCases() {
        results = Engine.run(Misused.class);
    }

    @Test
    void saysWhichAnnotationGoesOnWhichType() {
        assertThat(Engine.outcomeOf(results, "userOnString(String)"))
                .hasMessageContaining(
                        "is a String; @NexmoUser goes on a NexmoUserRef (for the user's token use @NexmoJwt(sub = \"alice\")");
        assertThat(Engine.outcomeOf(results, "jwtOnInteger(Integer)"))
                .hasMessageContaining("is a Integer; @NexmoJwt goes on a String (the compact token) or a NexmoToken");
        assertThat(Engine.outcomeOf(results, "bothAnnotations(NexmoUserRef)"))
                .hasMessageContaining("has both @NexmoUser and @NexmoJwt");
        assertThat(Engine.outcomeOf(results, "userWithoutAnnotation(NexmoUserRef)"))
                .hasMessageContaining("needs @NexmoUser(\"name\") to say which user to create");
        assertThat(Engine.outcomeOf(results, "tokenWithoutAnnotation(NexmoToken)"))
                .hasMessageContaining("needs @NexmoJwt to say which token to mint");
        assertThat(Engine.outcomeOf(results, "blankUserName(NexmoUserRef)"))
                .hasMessageContaining("has @NexmoUser without a name; give one, e.g. @NexmoUser(\"alice\")");
    }

    @Test
    void namesAParameterByPositionAndTypeWhenTheClassHasNoParameterNames() {
        // this build compiles without -parameters, so reflection sees only arg0, arg1, ...
        assertThat(Misused.class.getDeclaredMethods()[0].getParameters()[0].isNamePresent())
                .isFalse();

        // (JUnit's own wrapping message names arg0; the extension's message, its cause, does not)
        assertThat(Engine.outcomeOf(results, "userOnString(String)").getCause())
                .hasMessageStartingWith("parameter 1 (String) of userOnString() is a String")
                .hasMessageNotContaining("arg0");
        assertThat(Engine.outcomeOf(results, "secondParameter(NexmoEnvironment, NexmoToken)"))
                .hasMessageContaining("parameter 2 (NexmoToken) of secondParameter() needs @NexmoJwt");
    }

    @Test
    void saysWhatIsWrongWithATokenAndWhatToWriteInstead() {
        assertThat(Engine.outcomeOf(results, "lifetimeNotIso(String)"))
                .hasMessageContaining(
                        "lifetime = \"1h\", not an ISO-8601 duration; write e.g. \"PT90S\", \"PT15M\" or \"PT24H\"");
        assertThat(Engine.outcomeOf(results, "lifetimeTooShort(String)"))
                .hasMessageContaining("lifetime = \"PT29S\" (29 s), under Nexmo's 30 s; for a token Nexmo refuses use"
                        + " defect = TokenDefect.LIFETIME_TOO_SHORT");
        assertThat(Engine.outcomeOf(results, "lifetimeAndLifetimeDefect(String)"))
                .hasMessageContaining(
                        "both lifetime and defect = LIFETIME_TOO_SHORT; the defect sets the lifetime, drop one");
        assertThat(Engine.outcomeOf(results, "twoPresets(String)"))
                .hasMessageContaining("acl = [ALL, CLIENT_SDK]; give one preset, or list the paths in aclPaths");
        assertThat(Engine.outcomeOf(results, "presetAndPaths(String)"))
                .hasMessageContaining("both acl and aclPaths; keep the preset or the paths");
        assertThat(Engine.outcomeOf(results, "badClaim(String)"))
                .hasMessageContaining("claims entry \"region\"; write each claim as \"name=value\"");
        assertThat(Engine.outcomeOf(results, "registeredClaim(String)"))
                .hasMessageContaining(
                        "claims entry \"sub=bob\"; sub is set by the extension or by the sub, lifetime, acl and defect attributes");
        assertThat(Engine.outcomeOf(results, "badAclPath(String)")).hasMessageContaining("aclPaths entry \"users\"");
    }

    @Test
    void refusesFieldsItCannotFill() {
        EngineExecutionResults fields = Engine.run(FinalField.class, StaticFieldWithFreshApplications.class);

        assertThat(Engine.outcomeOf(fields, "test()"))
                .hasMessageContaining("field FinalField.token is final; remove final so nexmock can inject it");
        assertThat(Engine.outcomeOf(fields, StaticFieldWithFreshApplications.class.getSimpleName()))
                .hasMessageContaining(
                        "asks for a fresh application per test, so there is none for the whole class: inject it into instance"
                                + " fields or test method parameters, not static fields or @BeforeAll methods");
    }

    @Test
    void saysAContractTestNeedsTheExtension() {
        assertThat(Engine.outcomeOf(Engine.run(ContractWithoutExtension.class), "contract(NexmoApplication)"))
                .hasMessage(
                        "contract() is a @NexmoContractTest, which needs the nexmock extension: annotate"
                                + " ContractWithoutExtension with @NexmoTest or register a NexmoExtension with @RegisterExtension");
    }

    @Test
    void refusesABaseUrlThatIsNotAnHttpUrl() {
        assertThat(Engine.outcomeOf(Engine.run(BadBaseUrl.class), BadBaseUrl.class.getSimpleName()))
                .hasRootCauseMessage("NexmoExtension.builder().baseUrl(...) is 'api.nexmo.com', not an absolute http(s)"
                        + " URL; give one such as https://api.nexmo.com");
    }

    @NexmoTest
    static class Misused {

        @Test
        void userOnString(@NexmoUser("alice") String name) {}

        @Test
        void jwtOnInteger(@NexmoJwt Integer token) {}

        @Test
        void bothAnnotations(@NexmoUser("alice") @NexmoJwt NexmoUserRef alice) {}

        @Test
        void userWithoutAnnotation(NexmoUserRef alice) {}

        @Test
        void tokenWithoutAnnotation(NexmoToken token) {}

        @Test
        void secondParameter(NexmoEnvironment nexmo, NexmoToken token) {}

        @Test
        void blankUserName(@NexmoUser(" ") NexmoUserRef nobody) {}

        @Test
        void lifetimeNotIso(@NexmoJwt(lifetime = "1h") String token) {}

        @Test
        void lifetimeTooShort(@NexmoJwt(lifetime = "PT29S") String token) {}

        @Test
        void lifetimeAndLifetimeDefect(
                @NexmoJwt(lifetime = "PT1M", defect = TokenDefect.LIFETIME_TOO_SHORT) String token) {}

        @Test
        void twoPresets(@NexmoJwt(acl = {Acl.Preset.ALL, Acl.Preset.CLIENT_SDK}) String token) {}

        @Test
        void presetAndPaths(@NexmoJwt(acl = Acl.Preset.ALL, aclPaths = "/v1/users/**") String token) {}

        @Test
        void badClaim(@NexmoJwt(claims = "region") String token) {}

        @Test
        void registeredClaim(@NexmoJwt(claims = "sub=bob") String token) {}

        @Test
        void badAclPath(@NexmoJwt(aclPaths = "users") String token) {}
    }

    @NexmoTest
    static class FinalField {

        @NexmoJwt
        final String token = "";

        @Test
        void test() {}
    }

    @NexmoTest
    @NexmoApp(freshPerTest = true)
    static class StaticFieldWithFreshApplications {

        static NexmoApplication app;

        @Test
        void test() {}
    }

    static class ContractWithoutExtension {

        @NexmoContractTest
        void contract(NexmoApplication app) {}
    }

    static class BadBaseUrl {

        @RegisterExtension
        static NexmoExtension nexmo =
                NexmoExtension.builder().baseUrl("api.nexmo.com").build();

        @Test
        void test() {}
    }
}
