package io.github.nexmock.samples.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.junit5.Capability;
import io.github.nexmock.junit5.NexmoApp;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoContractTest;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoJwt;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.junit5.NexmoUser;
import io.github.nexmock.junit5.NexmoUserRef;
import io.github.nexmock.junit5.TokenDefect;
import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.samples.Http;
import java.net.URI;
import java.util.UUID;

/**
 * What this app relies on from Nexmo's Application and Users APIs and its token checks. Each test runs on the mock
 * and on the real platform; the REAL run is skipped unless {@code NEXMO_API_KEY} and {@code NEXMO_API_SECRET} (or
 * {@code VONAGE_*}) are set. When the mock passes and Nexmo fails, the mock is wrong: fix it before trusting it.
 */
@NexmoTest
@NexmoApp(name = "nexmock contract", capabilities = Capability.RTC)
class ApplicationsUsersAndTokensContractTest {

    @NexmoContractTest
    void theApplicationIsReadableWithTheAccountCredentials(NexmoEnvironment nexmo, NexmoApplication app) {
        Http.Reply read = Http.get(api(nexmo, "/v2/applications/" + app.id()), account(nexmo));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("id")).isEqualTo(app.id());
        assertThat(read.text("name")).isEqualTo(app.name());
        assertThat(RsaKeys.readPublicKey(read.json().at("/keys/public_key").asText()))
                .isEqualTo(app.publicKey());
    }

    @NexmoContractTest
    void theApplicationApiRefusesAWrongSecret(NexmoEnvironment nexmo, NexmoApplication app) {
        Http.Reply refused =
                Http.get(api(nexmo, "/v2/applications/" + app.id()), Http.basic(nexmo.apiKey(), "not-the-secret"));

        assertThat(refused.status()).isEqualTo(401);
    }

    @NexmoContractTest
    void anUnknownApplicationIsNotFound(NexmoEnvironment nexmo) {
        Http.Reply missing = Http.get(api(nexmo, "/v2/applications/" + UUID.randomUUID()), account(nexmo));

        assertThat(missing.status()).isEqualTo(404);
    }

    @NexmoContractTest
    void aUserIsReadableByIdAndFoundByName(
            NexmoEnvironment nexmo, @NexmoUser("alice") NexmoUserRef alice, @NexmoJwt String applicationToken) {
        Http.Reply read = Http.get(api(nexmo, "/v1/users/" + alice.id()), Http.bearer(applicationToken));
        Http.Reply found = Http.get(api(nexmo, "/v1/users?name=alice"), Http.bearer(applicationToken));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("name")).isEqualTo("alice");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().at("/_embedded/users").findValuesAsText("id")).containsExactly(alice.id());
    }

    @NexmoContractTest
    void aSecondUserWithTheSameNameIsAConflict(
            NexmoEnvironment nexmo, @NexmoUser("alice") NexmoUserRef alice, @NexmoJwt String applicationToken) {
        Http.Reply duplicate =
                Http.send("POST", api(nexmo, "/v1/users"), Http.bearer(applicationToken), "{\"name\":\"alice\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("code")).isEqualTo("user:error:duplicate-name");
    }

    @NexmoContractTest
    void aClientSdkTokenOfTheUserIsAcceptedOnTheUsersApi(
            NexmoEnvironment nexmo,
            @NexmoUser("alice") NexmoUserRef alice,
            @NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) String aliceToken) {
        assertThat(Http.get(api(nexmo, "/v1/users/" + alice.id()), Http.bearer(aliceToken))
                        .status())
                .isEqualTo(200);
    }

    // snippet:contract-template
    @NexmoContractTest
    void aTokenWhoseAclLeavesOutUsersIsForbiddenThere(
            NexmoEnvironment nexmo,
            @NexmoUser("alice") NexmoUserRef alice,
            @NexmoJwt(sub = "alice", aclPaths = "/*/conversations/**") String conversationsOnly) {
        Http.Reply refused = Http.get(api(nexmo, "/v1/users/" + alice.id()), Http.bearer(conversationsOnly));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("system:error:permission");
    }
    // end-snippet:contract-template

    @NexmoContractTest
    void anExpiredTokenIsRefusedAsExpired(
            NexmoEnvironment nexmo, @NexmoJwt(defect = TokenDefect.EXPIRED) String expired) {
        Http.Reply refused = Http.get(api(nexmo, "/v1/users"), Http.bearer(expired));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("system:error:expired-token");
    }

    @NexmoContractTest
    void aTokenSignedWithAnotherKeyIsRefusedAsInvalid(
            NexmoEnvironment nexmo, @NexmoJwt(defect = TokenDefect.WRONG_KEY) String forged) {
        Http.Reply refused = Http.get(api(nexmo, "/v1/users"), Http.bearer(forged));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("system:error:invalid-token");
    }

    // Support article 360000958407: a later exp is accepted, but a token is honoured at most 24 h after iat.
    @NexmoContractTest
    void aTokenIssuedMoreThan24HoursAgoIsExpiredWhateverItsExp(
            NexmoEnvironment nexmo,
            @NexmoJwt(defect = TokenDefect.ISSUED_OVER_24_HOURS_AGO) String dayOld,
            @NexmoJwt(lifetime = "PT25H") String livingLonger) {
        Http.Reply refused = Http.get(api(nexmo, "/v1/users"), Http.bearer(dayOld));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("system:error:expired-token");
        assertThat(Http.get(api(nexmo, "/v1/users"), Http.bearer(livingLonger)).status())
                .isEqualTo(200);
    }

    // The Application API v2 reference documents Basic api_key:api_secret only.
    @NexmoContractTest
    void theApplicationApiRefusesTheApplicationsOwnToken(
            NexmoEnvironment nexmo, NexmoApplication app, @NexmoJwt String applicationToken) {
        assertThat(Http.get(api(nexmo, "/v2/applications/" + app.id()), Http.bearer(applicationToken))
                        .status())
                .isEqualTo(401);
    }

    private static URI api(NexmoEnvironment nexmo, String pathAndQuery) {
        return nexmo.baseUrl().resolve(pathAndQuery);
    }

    private static String account(NexmoEnvironment nexmo) {
        return Http.basic(nexmo.apiKey(), nexmo.apiSecret());
    }
}
