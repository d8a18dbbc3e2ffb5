package io.github.nexmock.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.jwt.Acl.Decision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AclTest {

    private static Decision check(String glob, String path) {
        return Acl.builder().path(glob).build().check("GET", path);
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
        "/v1/users, /v1/users",
        "/v1/users, /v1/users/",
        "/*/users, /v1/users",
        "/*/users/*, /v0.3/users/USR-1",
        "/*/users/**, /v1/users",
        "/*/users/**, /v1/users/",
        "/*/users/**, /v1/users/USR-1",
        "/*/users/**, /v1/users/USR-1/conversations/CON-2",
        "/**, /",
        "/**, /v2/applications/abc",
        "/**/events, /events",
        "/**/events, /v1/conversations/CON-1/events",
        "/v1/**/USR-1, /v1/USR-1",
        "/v1/users/USR-*, /v1/users/USR-123",
        "/v1/users/USR-*, /v1/users/USR-",
        "/v1/*-*/x, /v1/a-b-c/x",
        "/v1/*.json, /v1/list.json",
        "/, /",
        "/, /?page=2",
    })
    void matches(String glob, String path) {
        assertThat(check(glob, path)).isEqualTo(Decision.ALLOWED);
    }

    @ParameterizedTest(name = "{0} does not match {1}")
    @CsvSource({
        "/v1/users, /v1/users/USR-1",
        "/v1/users, /v1/Users",
        "/V1/users, /v1/users",
        "/*/users, /users",
        "/*/users, /a/b/users",
        "/*/users/*, /v1/users",
        "/*/users/*, /v1/users/USR-1/x",
        "/*/users/**, /v1/usersx",
        "/*/users/**, /v1/conversations",
        "/**/events, /v1/events/x",
        "/v1/users/USR-*, /v1/users/usr-1",
        "/v1/users/USR-*, /v1/users/XUSR-1",
        "/v1/*.json, /v1/list.xml",
        "/, /v1",
    })
    void doesNotMatch(String glob, String path) {
        assertThat(check(glob, path)).isEqualTo(Decision.PATH_DENIED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/users/..",
                "/v1/users/../applications",
                "/v1/./users",
                "/v1/users/%2e%2e",
                "/v1/users/%2E%2e/x",
                "/v1/users/a%2eb",
                "/v1/users%2fUSR-1",
                "/v1/users%2FUSR-1",
                "/v1/users%5cUSR-1",
                "/v1/users%5CUSR-1",
                "/v1/users\\USR-1",
                "/v1//users",
                "//v1/users",
                "/v1/users//",
                "/v1/users/..;x/y",
                "relative/users"
            })
    void refusesUnsafePathsEvenUnderAllowAll(String path) {
        assertThat(Acl.allowAll().check("GET", path)).isEqualTo(Decision.UNSAFE_PATH);
        assertThat(Acl.allowAll().allows("GET", path)).isFalse();
    }

    @Test
    void doubleStarMatchesPathsOfAnyDepthIncludingNone() {
        Acl acl = Acl.builder().path("/v1/**").build();
        assertThat(acl.allows("GET", "/v1")).isTrue();
        assertThat(acl.allows("GET", "/v1/a/b/c/d/e/f/g")).isTrue();
        assertThat(acl.allows("GET", "/v2/a")).isFalse();
    }

    @Test
    void manyDoubleStarsStayCheap() {
        Acl acl = Acl.builder().path("/**/a/**/a/**/a/**/a/**/a/**/a/**/b").build();
        String path = "/" + "a/".repeat(200) + "c";
        long start = System.nanoTime();
        assertThat(acl.check("GET", path)).isEqualTo(Decision.PATH_DENIED);
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void methodsNarrowAPath() {
        Acl acl = Acl.builder()
                .path("/*/users/**", AclRule.methods("GET", "POST"))
                .build();
        assertThat(acl.check("GET", "/v1/users")).isEqualTo(Decision.ALLOWED);
        assertThat(acl.check("POST", "/v1/users")).isEqualTo(Decision.ALLOWED);
        assertThat(acl.check("DELETE", "/v1/users/USR-1")).isEqualTo(Decision.METHOD_DENIED);
        assertThat(acl.check("get", "/v1/users")).isEqualTo(Decision.METHOD_DENIED);
        assertThat(acl.check("DELETE", "/v1/calls")).isEqualTo(Decision.PATH_DENIED);
    }

    @Test
    void emptyMethodsAllowEveryMethod() {
        Acl acl = Acl.parse("{\"paths\":{\"/**\":{\"methods\":[]}}}");
        assertThat(acl.allows("OPTIONS", "/x")).isTrue();
        assertThat(acl.toJson()).isEqualTo("{\"paths\":{\"/**\":{}}}");
    }

    @Test
    void anyMatchingRuleCanAllowTheMethod() {
        Acl acl = Acl.builder()
                .path("/v1/users/**", AclRule.methods("GET"))
                .path("/*/users/*", AclRule.methods("PATCH"))
                .build();
        assertThat(acl.allows("PATCH", "/v1/users/USR-1")).isTrue();
        assertThat(acl.allows("PATCH", "/v1/users")).isFalse();
    }

    @Test
    void clientSdkPresetHasTheNineGuidePaths() {
        assertThat(Acl.clientSdk().paths().keySet())
                .containsExactly(
                        "/*/users/**",
                        "/*/conversations/**",
                        "/*/sessions/**",
                        "/*/devices/**",
                        "/*/image/**",
                        "/*/media/**",
                        "/*/applications/**",
                        "/*/push/**",
                        "/*/knocking/**");
        assertThat(Acl.clientSdk().paths().values()).allMatch(rule -> rule.equals(AclRule.any()));
        assertThat(Acl.clientSdk().allows("POST", "/v0.3/users")).isTrue();
        assertThat(Acl.clientSdk().allows("POST", "/v1/calls")).isFalse();
        assertThat(Acl.Preset.CLIENT_SDK.acl()).isSameAs(Acl.clientSdk());
    }

    @Test
    void allowAllPresetIsDoubleStar() {
        assertThat(Acl.allowAll().toJson()).isEqualTo("{\"paths\":{\"/**\":{}}}");
        assertThat(Acl.Preset.ALL.acl()).isEqualTo(Acl.allowAll());
    }

    @Test
    void writesNexmoJsonShapeInInsertionOrder() {
        Acl acl = Acl.builder()
                .path("/*/users/**")
                .path("/*/conversations/**", new AclRule(List.of("GET"), Map.of("from", "447977271009")))
                .build();
        assertThat(acl.toJson())
                .isEqualTo("{\"paths\":{\"/*/users/**\":{},\"/*/conversations/**\":"
                        + "{\"methods\":[\"GET\"],\"filters\":{\"from\":\"447977271009\"}}}}");
    }

    @Test
    void roundTripsJsonIncludingFilters() {
        String json = "{\"paths\":{\"/*/b/**\":{\"filters\":{\"from\":\"4479\",\"n\":[1,{\"x\":null}]}},"
                + "\"/*/a/**\":{\"methods\":[\"PATCH\",\"GET\"]}}}";
        Acl acl = Acl.parse(json);

        assertThat(acl.toJson()).isEqualTo(json);
        assertThat(Acl.fromClaim(acl.toClaim())).isEqualTo(acl);
        assertThat(acl.paths().keySet()).containsExactly("/*/b/**", "/*/a/**");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[]                                            | acl is not a JSON object",
                "{}                                            | acl has no 'paths' object",
                "{\"paths\":{},\"x\":1}                        | acl has the member 'x'; only 'paths' is allowed",
                "{\"paths\":\"/**\"}                           | acl paths must be a JSON object, was a string",
                "{\"paths\":{\"/**\":[]}}                      | acl rule for '/**' must be a JSON object, was an array",
                "{\"paths\":{\"/**\":{\"methods\":\"GET\"}}}   | methods of acl path '/**' must be a JSON array, was a string",
                "{\"paths\":{\"/**\":{\"methods\":[1]}}}       | methods of acl path '/**' must hold strings, found a number",
                "{\"paths\":{\"/**\":{\"methods\":[\"HEAD\"]}}}| acl method 'HEAD' is not one of GET, POST, PUT, DELETE, PATCH",
                "{\"paths\":{\"/**\":{\"filters\":[]}}}        | filters of acl path '/**' must be a JSON object, was an array",
                "{\"paths\":{\"/**\":{\"other\":1}}}           | acl rule for '/**' has the member 'other'",
                "{\"paths\":{\"v1/**\":{}}}                    | acl path 'v1/**' must start with '/'",
                "{\"paths\":{\"/v1 /**\":{}}}                  | acl path '/v1 /**' must not contain whitespace",
                "{\"paths\":{\"/a\":{},\"/a\":{}}}             | Duplicate field '/a'",
            })
    void refusesJsonNotOfNexmoShape(String json, String message) {
        assertThatThrownBy(() -> Acl.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    // nexmo-docs/create-app-users-tokens-v1.md passes acl='/**', which nexmo-cli sends as the JSON string "/**";
    // Nexmo/nexmo-developer PR #1515 shows the platform read it as allow-all. This test expected a refusal before.
    @Test
    void readsAStringClaimAsOneGlobAllowingEveryMethod() {
        assertThat(Acl.fromClaim("/**")).isEqualTo(Acl.allowAll());
        assertThat(Acl.fromClaim("/*/users/**").allows("DELETE", "/v1/users/USR-1"))
                .isTrue();
        assertThatThrownBy(() -> Acl.fromClaim("users")).hasMessage("acl path 'users' must start with '/'");
    }

    @Test
    void refusesClaimThatIsNeitherAnObjectNorAString() {
        assertThatThrownBy(() -> Acl.fromClaim(42))
                .hasMessage("acl must be a JSON object or one path glob, was a number");
        assertThatThrownBy(() -> Acl.fromClaim(null))
                .hasMessage("acl must be a JSON object or one path glob, was null");
    }

    @Test
    void builderRefusesTheSameGlobTwice() {
        assertThatThrownBy(() -> Acl.builder().path("/a").path("/a", AclRule.methods("GET")))
                .hasMessage("acl path '/a' is given twice");
    }

    @Test
    void isImmutable() {
        Acl acl = Acl.builder()
                .path("/a", new AclRule(List.of("GET"), Map.of("k", List.of(1))))
                .build();
        assertThat(acl.paths()).isUnmodifiable();
        assertThat(acl.paths().get("/a").methods()).isUnmodifiable();
        assertThat(acl.paths().get("/a").filters()).isUnmodifiable();
        assertThat((List<?>) acl.paths().get("/a").filters().get("k")).isUnmodifiable();
    }
}
