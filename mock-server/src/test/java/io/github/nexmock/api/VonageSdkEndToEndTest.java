package io.github.nexmock.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.application.Application;
import com.vonage.client.application.ApplicationClient;
import com.vonage.client.application.ApplicationResponseException;
import com.vonage.client.application.ListApplicationRequest;
import com.vonage.client.application.capabilities.Messages;
import com.vonage.client.application.capabilities.NetworkApis;
import com.vonage.client.application.capabilities.Region;
import com.vonage.client.application.capabilities.Rtc;
import com.vonage.client.application.capabilities.Vbc;
import com.vonage.client.application.capabilities.Verify;
import com.vonage.client.application.capabilities.Voice;
import com.vonage.client.application.capabilities.Webhook;
import com.vonage.client.common.HttpMethod;
import com.vonage.client.common.SortOrder;
import com.vonage.client.messages.MessagesVersion;
import com.vonage.client.users.BaseUser;
import com.vonage.client.users.ListUsersRequest;
import com.vonage.client.users.ListUsersResponse;
import com.vonage.client.users.User;
import com.vonage.client.users.UsersClient;
import com.vonage.client.users.UsersResponseException;
import com.vonage.client.users.channels.Messenger;
import com.vonage.client.users.channels.Mms;
import com.vonage.client.users.channels.Pstn;
import com.vonage.client.users.channels.Sip;
import com.vonage.client.users.channels.Sms;
import com.vonage.client.users.channels.Viber;
import com.vonage.client.users.channels.Websocket;
import com.vonage.client.users.channels.Whatsapp;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official Vonage Java SDK (server-sdk 9.3.1), pointed at the mock, works end to end. */
class VonageSdkEndToEndTest {

    private static NexmoMockServer server;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder().build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void emptyState() {
        server.state().reset();
    }

    @Test
    void createsListsReadsUpdatesAndDeletesApplications() {
        ApplicationClient applications = accountClient().getApplicationClient();

        Application created = applications.createApplication(Application.builder()
                .name("sdk app")
                .addCapability(Voice.builder()
                        .answer(Webhook.builder()
                                .address("https://example.com/answer")
                                .method(HttpMethod.GET)
                                .build())
                        .event(Webhook.builder()
                                .address("https://example.com/event")
                                .method(HttpMethod.POST)
                                .connectionTimeout(500)
                                .build())
                        .build())
                .improveAi(false)
                .build());

        assertThat(created.getId()).isNotNull();
        assertThat(created.getKeys().getPrivateKey()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(created.getCapabilities()
                        .getVoice()
                        .getWebhooks()
                        .get(Webhook.Type.ANSWER)
                        .getAddress())
                .isEqualTo("https://example.com/answer");
        assertThat(created.getPrivacy().getImproveAi()).isFalse();

        Application fetched = applications.getApplication(created.getId().toString());
        assertThat(fetched.getName()).isEqualTo("sdk app");
        assertThat(fetched.getKeys().getPrivateKey()).isNull();

        Application updated = applications.updateApplication(Application.builder(fetched)
                .name("renamed")
                .addCapability(Rtc.builder()
                        .event(Webhook.builder()
                                .address("https://example.com/rtc")
                                .method(HttpMethod.POST)
                                .build())
                        .build())
                .build());
        assertThat(updated.getName()).isEqualTo("renamed");
        assertThat(updated.getCapabilities().getRtc()).isNotNull();
        assertThat(updated.getKeys().getPublicKey()).isEqualTo(created.getKeys().getPublicKey());

        applications.createApplication(Application.builder().name("second").build());
        assertThat(applications.listAllApplications())
                .extracting(Application::getName)
                .containsExactly("renamed", "second");
        assertThat(applications
                        .listApplications(ListApplicationRequest.builder()
                                .pageSize(1)
                                .page(2)
                                .build())
                        .getApplications())
                .extracting(Application::getName)
                .containsExactly("second");

        applications.deleteApplication(created.getId().toString());
        assertThatThrownBy(() -> applications.getApplication(created.getId().toString()))
                .isInstanceOfSatisfying(ApplicationResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getTitle()).isEqualTo("Not Found");
                });
    }

    @Test
    void roundTripsEveryApplicationFieldTheSdkSends() throws Exception {
        ApplicationClient applications = accountClient().getApplicationClient();
        Application sent = Application.builder()
                .name("every field")
                .publicKey(TestKeyPairs.publicPem(TestKeyPairs.FIRST))
                .addCapability(Voice.builder()
                        .answer(webhook("https://example.com/answer", HttpMethod.GET, 300, 1000))
                        .fallbackAnswer(webhook("https://example.com/fallback", HttpMethod.POST, 1000, 5000))
                        .event(webhook("https://example.com/event", HttpMethod.POST, 500, 3000))
                        .signedCallbacks(true)
                        .conversationsTtl(48)
                        .legPersistenceTime(7)
                        .region(Region.EU_WEST)
                        .build())
                .addCapability(Rtc.builder()
                        .event(webhook("https://example.com/rtc", HttpMethod.GET, 400, 2000))
                        .signedCallbacks(false)
                        .build())
                .addCapability(Messages.builder()
                        .inbound(webhook("https://example.com/inbound", HttpMethod.POST))
                        .status(webhook("https://example.com/status", HttpMethod.POST))
                        .version(MessagesVersion.V1)
                        .build())
                .addCapability(Vbc.builder().build())
                .addCapability(Verify.builder()
                        .status(webhook("https://example.com/verify", HttpMethod.POST))
                        .build())
                .addCapability(NetworkApis.builder()
                        .networkApplicationId("net-app-1")
                        .redirectUri("https://example.com/redirect")
                        .build())
                .improveAi(false)
                .build();

        Application created = applications.createApplication(sent);
        Application fetched = applications.getApplication(created.getId().toString());

        ObjectMapper json = new ObjectMapper();
        for (Application received :
                List.of(created, fetched, applications.listAllApplications().get(0))) {
            assertThat(json.readTree(received.getCapabilities().toJson()))
                    .isEqualTo(json.readTree(sent.getCapabilities().toJson()));
            assertThat(received.getPrivacy().getImproveAi()).isFalse();
            assertThat(received.getKeys().getPublicKey())
                    .isEqualTo(sent.getKeys().getPublicKey());
        }
        assertThat(fetched.getCapabilities().getVoice().getRegion()).isEqualTo(Region.EU_WEST);
        assertThat(fetched.getCapabilities().getNetworkApis().getNetworkApplicationId())
                .isEqualTo("net-app-1");
    }

    @Test
    void roundTripsEveryUserChannelTheSdkSends() throws Exception {
        UsersClient users =
                applicationClient(server.createApplication("channels")).getUsersClient();
        User sent = User.builder()
                .name("everywhere")
                .displayName("Every Where")
                .imageUrl("https://example.com/me.png")
                .customData(Map.of("tier", "gold", "age", 42))
                .channels(
                        new Pstn("447700900001"),
                        new Sip("sip:me@example.com", "me", "secret"),
                        new com.vonage.client.users.channels.Vbc(123),
                        new Websocket(
                                "wss://example.com/socket",
                                Websocket.ContentType.AUDIO_L16_16K,
                                Map.of("token", "abc")),
                        new Sms("447700900002"),
                        new Mms("447700900003"),
                        new Whatsapp("447700900004"),
                        new Viber("447700900005"),
                        new Messenger("messenger-id"))
                .build();

        User created = users.createUser(sent);
        User fetched = users.getUser(created.getId());

        ObjectMapper json = new ObjectMapper();
        for (User received : List.of(created, fetched)) {
            assertThat(json.readTree(received.getChannels().toJson()))
                    .isEqualTo(json.readTree(sent.getChannels().toJson()));
            assertThat(received.getCustomData()).isEqualTo(sent.getCustomData());
            assertThat(received.getDisplayName()).isEqualTo("Every Where");
            assertThat(received.getImageUrl()).isEqualTo(sent.getImageUrl());
        }
    }

    @Test
    void reportsValidationProblemsAsApplicationResponseExceptions() {
        ApplicationClient applications = accountClient().getApplicationClient();

        assertThatThrownBy(() ->
                        applications.createApplication(Application.builder().build()))
                .isInstanceOfSatisfying(ApplicationResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getType().toString()).endsWith("#payload-validation");
                    assertThat(e.getInvalidParameters()).hasSize(1);
                });
    }

    @Test
    void createsListsReadsUpdatesAndDeletesUsers() {
        CreatedApplication app = server.createApplication("chat");
        UsersClient users = applicationClient(app).getUsersClient();

        User alice = users.createUser(User.builder()
                .name("alice")
                .displayName("Alice")
                .imageUrl("https://example.com/alice.png")
                .customData(Map.of("team", "blue"))
                .channels(new Sms("447700900000"))
                .build());
        assertThat(alice.getId()).startsWith("USR-");
        for (int i = 0; i < 3; i++) {
            users.createUser(User.builder().name("user-" + i).build());
        }

        User fetched = users.getUser(alice.getId());
        assertThat(fetched.getDisplayName()).isEqualTo("Alice");
        assertThat(fetched.getImageUrl().toString()).isEqualTo("https://example.com/alice.png");
        assertThat(fetched.getCustomData().get("team")).isEqualTo("blue");
        assertThat(fetched.getChannels().getSms()).extracting(Sms::getNumber).containsExactly("447700900000");

        User updated = users.updateUser(
                alice.getId(),
                User.builder().name("alice").displayName("Alice B.").build());
        assertThat(updated.getDisplayName()).isEqualTo("Alice B.");

        assertThat(users.listUsers())
                .extracting(BaseUser::getName)
                .containsExactly("alice", "user-0", "user-1", "user-2");
        ListUsersResponse firstPage = users.listUsers(ListUsersRequest.builder()
                .pageSize(3)
                .order(SortOrder.DESCENDING)
                .build());
        assertThat(firstPage.getUsers()).extracting(BaseUser::getName).containsExactly("user-2", "user-1", "user-0");
        ListUsersResponse nextPage = users.listUsers(ListUsersRequest.builder()
                .pageSize(3)
                .order(SortOrder.DESCENDING)
                .cursor(firstPage.getLinks().getNextUrl())
                .build());
        assertThat(nextPage.getUsers()).extracting(BaseUser::getName).containsExactly("alice");
        assertThat(users.listUsers(ListUsersRequest.builder().name("user-1").build())
                        .getUsers())
                .extracting(BaseUser::getName)
                .containsExactly("user-1");

        users.deleteUser(alice.getId());
        assertThatThrownBy(() -> users.getUser(alice.getId()))
                .isInstanceOfSatisfying(UsersResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getCode()).isEqualTo("user:error:not-found");
                });
        assertThatThrownBy(() -> users.createUser(User.builder().name("user-0").build()))
                .isInstanceOfSatisfying(UsersResponseException.class, e -> assertThat(e.getStatusCode())
                        .isEqualTo(409));
        assertThat(server.state().users(app.id()))
                .extracting(io.github.nexmock.state.User::name)
                .containsExactly("user-0", "user-1", "user-2");
    }

    @Test
    void anSdkSignedWithTheWrongKeyIsRefusedAndTheReasonIsLogged() {
        CreatedApplication app = server.createApplication("chat");
        CreatedApplication impostor = new CreatedApplication(app.application(), TestKeyPairs.SECOND.getPrivate());
        long mark = server.rejections().mark();

        assertThatThrownBy(() -> applicationClient(impostor).getUsersClient().listUsers())
                .isInstanceOfSatisfying(UsersResponseException.class, e -> assertThat(e.getStatusCode())
                        .isEqualTo(401));
        assertThat(server.rejections().since(mark))
                .singleElement()
                .satisfies(rejection -> assertThat(rejection.reason().name()).isEqualTo("BAD_SIGNATURE"));
    }

    private static Webhook webhook(String address, HttpMethod method) {
        return Webhook.builder().address(address).method(method).build();
    }

    private static Webhook webhook(String address, HttpMethod method, int connectionTimeout, int socketTimeout) {
        return Webhook.builder()
                .address(address)
                .method(method)
                .connectionTimeout(connectionTimeout)
                .socketTimeout(socketTimeout)
                .build();
    }

    private static VonageClient accountClient() {
        return VonageClient.builder()
                .apiKey(server.apiKey())
                .apiSecret(server.apiSecret())
                .httpConfig(config())
                .build();
    }

    private static VonageClient applicationClient(CreatedApplication app) {
        return VonageClient.builder()
                .applicationId(app.id())
                .privateKeyContents(app.privateKeyPem())
                .httpConfig(config())
                .build();
    }

    private static HttpConfig config() {
        return HttpConfig.builder().baseUri(server.baseUrl()).build();
    }
}
