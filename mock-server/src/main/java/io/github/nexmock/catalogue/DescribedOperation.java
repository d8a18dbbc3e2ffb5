package io.github.nexmock.catalogue;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.auth.AuthenticationRefused;
import io.github.nexmock.auth.Credentials;

/** One operation of a {@link Catalogue}: how it authenticates, how it refuses, and how it answers. */
public interface DescribedOperation {

    /** Where it is described, e.g. {@code sms.json (SMS API 1.2.0)}. */
    String description();

    /** Its method and path template as served, e.g. {@code POST /sms/{format}}. */
    String template();

    /**
     * Authenticates a request as the operation's security requirement says, with the engine's {@code credentials}.
     *
     * @throws AuthenticationRefused when its credentials are missing, wrong, or of a kind the operation does not take
     */
    void authenticate(Request request, Credentials credentials);

    /** The refusal of a request, in the API's own error style; it quotes no credential. */
    ResponseDefinition refusal(AuthenticationRefused refused);

    /** The answer to an authenticated request no stub matched: a described response, or the API's error. */
    ResponseDefinition answer(Request request);
}
