package io.github.nexmock.samples.provisioning;

import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.application.Application;
import com.vonage.client.application.capabilities.Rtc;
import com.vonage.client.application.capabilities.Webhook;
import com.vonage.client.common.HttpMethod;
import com.vonage.client.users.BaseUser;
import com.vonage.client.users.ListUsersRequest;
import com.vonage.client.users.User;
import com.vonage.client.users.UsersClient;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sets up a chat app on Nexmo with the Vonage Java SDK: an application with the RTC capability and a key pair that
 * Nexmo generates, then its users. Run it from a deployment script or an admin task; {@link #ensureUsers} can be
 * run again and only creates who is missing.
 */
public final class ChatProvisioning {

    private final HttpConfig http;
    private final String apiKey;
    private final String apiSecret;

    /** Provisioning with the account's API key and secret at {@code baseUrl}, {@code https://api.nexmo.com} live. */
    public ChatProvisioning(URI baseUrl, String apiKey, String apiSecret) {
        this.http = HttpConfig.builder()
                .baseUri(Objects.requireNonNull(baseUrl, "baseUrl").toString())
                .build();
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.apiSecret = Objects.requireNonNull(apiSecret, "apiSecret");
    }

    /** Creates an application whose RTC events go to {@code rtcEventUrl}; Nexmo generates its key pair. */
    public ProvisionedApplication createApplication(String name, URI rtcEventUrl) {
        Application created = account()
                .getApplicationClient()
                .createApplication(Application.builder()
                        .name(name)
                        .addCapability(Rtc.builder()
                                .event(Webhook.builder()
                                        .address(rtcEventUrl.toString())
                                        .method(HttpMethod.POST)
                                        .build())
                                .build())
                        .build());
        return new ProvisionedApplication(
                created.getId().toString(), created.getName(), created.getKeys().getPrivateKey());
    }

    /** The ids of these users of the application, by name, creating those that do not exist yet. */
    public Map<String, String> ensureUsers(ProvisionedApplication application, List<String> userNames) {
        UsersClient users = VonageClient.builder()
                .httpConfig(http)
                .applicationId(application.id())
                .privateKeyContents(application.privateKeyPem())
                .build()
                .getUsersClient();
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : userNames) {
            String id = users.listUsers(ListUsersRequest.builder().name(name).build()).getUsers().stream()
                    .filter(user -> name.equals(user.getName()))
                    .map(BaseUser::getId)
                    .findFirst()
                    .orElseGet(() ->
                            users.createUser(User.builder().name(name).build()).getId());
            ids.put(name, id);
        }
        return ids;
    }

    /** Deletes the application. */
    public void deleteApplication(String applicationId) {
        account().getApplicationClient().deleteApplication(applicationId);
    }

    private VonageClient account() {
        return VonageClient.builder()
                .httpConfig(http)
                .apiKey(apiKey)
                .apiSecret(apiSecret)
                .build();
    }
}
