package io.github.nexmock.samples.spring;

import com.vonage.client.VonageClient;
import com.vonage.client.users.BaseUser;
import com.vonage.client.users.ListUsersRequest;
import com.vonage.client.users.User;
import com.vonage.client.users.UsersResponseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The backend's HTTP API: {@code POST /users} creates a user of the application on Nexmo, {@code POST
 * /users/{name}/token} issues that user's client SDK token. (A real backend checks who is asking first; this sample
 * leaves authentication out.)
 */
@RestController
public class ChatUsersController {

    private final VonageClient vonage;
    private final ClientTokenIssuer tokens;

    public ChatUsersController(VonageClient vonage, ClientTokenIssuer tokens) {
        this.vonage = vonage;
        this.tokens = tokens;
    }

    /** Creates the user on Nexmo; 409 when the application already has one of that name. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public ChatUser create(@RequestBody NewUser request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "name is required");
        }
        try {
            User created = vonage.getUsersClient()
                    .createUser(User.builder()
                            .name(request.name())
                            .displayName(request.displayName())
                            .build());
            return new ChatUser(created.getId(), created.getName());
        } catch (UsersResponseException refused) {
            throw new ResponseStatusException(HttpStatus.valueOf(refused.getStatusCode()), refused.getTitle(), refused);
        }
    }

    /** The client SDK token of an existing user; 404 for a name the application has no user of. */
    @PostMapping("/users/{name}/token")
    public ClientTokenIssuer.IssuedToken token(@PathVariable String name) {
        boolean exists =
                vonage
                        .getUsersClient()
                        .listUsers(ListUsersRequest.builder().name(name).build())
                        .getUsers()
                        .stream()
                        .map(BaseUser::getName)
                        .anyMatch(name::equals);
        if (!exists) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no user named " + name);
        }
        return tokens.issue(name);
    }

    /** The body of {@code POST /users}. */
    public record NewUser(String name, String displayName) {}

    /** A user as this API returns it. */
    public record ChatUser(String id, String name) {}
}
