package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.signed;
import static io.github.nexmock.jwt.VerifierFixture.NOW_S;
import static io.github.nexmock.jwt.VerifierFixture.appPayload;
import static io.github.nexmock.jwt.VerifierFixture.payload;
import static io.github.nexmock.jwt.VerifierFixture.refusal;
import static io.github.nexmock.jwt.VerifierFixture.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Steps 15 and 16: request path safety, the ACL, and the policy for tokens without one. */
class AccessTest {

    private static final String USER_TOKEN_MEMBERS = "\"iat\":" + (NOW_S - 10) + ",\"jti\":\"j\",\"sub\":\"alice\"";

    private static String userToken(String aclJson) {
        return signed(payload(USER_TOKEN_MEMBERS + (aclJson == null ? "" : ",\"acl\":" + aclJson)));
    }

    private static JwtRejectedException refusalOf(String token, String method, String path) {
        return refusal(verifier(), token, method, path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/users/../applications",
                "/v1/./users",
                "/v1/users/%2e%2e/x",
                "/v1/users/%2E",
                "/v1/users%2fx",
                "/v1/users%2Fx",
                "/v1/users%5cx",
                "/v1/users\\x",
                "/v1//users",
                "/v1/users/..;/x",
                "v1/users"
            })
    void refusesUnsafePathsForEveryToken(String path) {
        JwtRejectedException refusal = refusalOf(signed(appPayload()), "GET", path);

        assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(Reason.UNSAFE_PATH);
        assertThat(refusal.reason().status()).isEqualTo(403);
        assertThat(refusal.getMessage())
                .contains("path '" + path + "'")
                .endsWith("such paths are refused, not normalised");
    }

    @Test
    void ignoresTheQueryStringAndATrailingSlash() {
        String token = userToken(Acl.builder().path("/*/users").build().toJson());
        assertThat(verifier().verify(token, "GET", "/v1/users/?name=..%2f").subject())
                .isEqualTo("alice");
    }

    @Test
    void allowsApplicationTokenWithoutAclByDefault() {
        assertThat(verifier()
                        .verify(signed(appPayload()), "DELETE", "/v2/applications/x")
                        .acl())
                .isNull();
    }

    @Test
    void refusesUserTokenWithoutAclByDefault() {
        JwtRejectedException refusal = refusalOf(userToken(null), "GET", "/v1/users");

        assertThat(refusal.reason()).isEqualTo(Reason.ACL_MISSING);
        assertThat(refusal.getMessage()).startsWith("user token (sub 'alice') has no acl claim");
    }

    @Test
    void allowPolicyLetsUserTokenWithoutAclThrough() {
        JwtVerifier lenient = verifier(VerificationPolicy.defaults().withMissingAcl(MissingAcl.ALLOW));
        assertThat(lenient.verify(userToken(null), "GET", "/v1/users").subject())
                .isEqualTo("alice");
    }

    @Test
    void denyPolicyRefusesApplicationTokenWithoutAcl() {
        JwtVerifier strict = verifier(VerificationPolicy.defaults().withMissingAcl(MissingAcl.DENY));
        JwtRejectedException refusal = refusal(strict, signed(appPayload()), "GET", "/v1/users");

        assertThat(refusal.reason()).isEqualTo(Reason.ACL_MISSING);
        assertThat(refusal.getMessage()).contains("requires one on every token");
    }

    @Test
    void refusesPathNoAclGlobMatches() {
        JwtRejectedException refusal =
                refusalOf(userToken("{\"paths\":{\"/*/users/**\":{},\"/*/sessions/**\":{}}}"), "GET", "/v1/calls");

        assertThat(refusal.reason()).isEqualTo(Reason.ACL_DENIES_PATH);
        assertThat(refusal.getMessage())
                .isEqualTo("acl allows no path matching /v1/calls; its paths are /*/users/**, /*/sessions/**");
    }

    @Test
    void refusesMethodNoMatchingRuleAllows() {
        String token = userToken("{\"paths\":{\"/*/users/**\":{\"methods\":[\"POST\",\"GET\"]},"
                + "\"/v1/users\":{\"methods\":[\"PATCH\"]}}}");
        JwtRejectedException refusal = refusalOf(token, "DELETE", "/v1/users");

        assertThat(refusal.reason()).isEqualTo(Reason.ACL_DENIES_METHOD);
        assertThat(refusal.getMessage()).isEqualTo("acl allows /v1/users only for GET, PATCH, POST, not DELETE");
    }

    @Test
    void allowsWhenAnyMatchingGlobAllowsTheMethod() {
        String token =
                userToken("{\"paths\":{\"/*/users/**\":{\"methods\":[\"GET\"]},\"/**\":{\"methods\":[\"DELETE\"]}}}");
        assertThat(verifier().verify(token, "DELETE", "/v1/users/USR-1").acl().paths())
                .hasSize(2);
    }

    @Test
    void keepsFiltersWithoutEnforcingThem() {
        String token = userToken("{\"paths\":{\"/*/users/**\":{\"filters\":{\"from\":\"447977271009\"}}}}");
        VerifiedToken verified = verifier().verify(token, "GET", "/v1/users/USR-other");

        assertThat(verified.acl().paths().get("/*/users/**").filters()).containsEntry("from", "447977271009");
    }

    @Test
    void parsesAnAclSharedByManyTokensOnce() {
        JwtVerifier verifier = verifier();
        String acl = Acl.clientSdk().toJson();
        VerifiedToken first = verifier.verify(userToken(acl), "GET", "/v1/users");
        VerifiedToken second = verifier.verify(
                signed(payload("\"iat\":" + NOW_S + ",\"jti\":\"k\",\"sub\":\"bob\"," + "\"acl\":" + acl)),
                "GET",
                "/v1/users");

        assertThat(second.acl()).isSameAs(first.acl());
    }

    @Test
    void refusesABadAclEveryTime() {
        JwtVerifier verifier = verifier();
        String token = userToken("{\"paths\":{\"/**\":{\"methods\":[\"HEAD\"]}}}");
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(refusal(verifier, token, "GET", "/v1/users").reason()).isEqualTo(Reason.WRONG_CLAIM_TYPE);
        }
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonCarriesNexmoStatusAndCode(Reason reason) {
        boolean forbidden = reason.name().startsWith("ACL_") || reason == Reason.UNSAFE_PATH;
        assertThat(reason.status()).isEqualTo(forbidden ? 403 : 401);
        assertThat(reason.code())
                .isEqualTo(
                        forbidden
                                ? "system:error:permission"
                                : reason == Reason.EXPIRED
                                        ? "system:error:expired-token"
                                        : "system:error:invalid-token");
    }
}
