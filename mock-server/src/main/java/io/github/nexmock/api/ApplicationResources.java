package io.github.nexmock.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.ApplicationFields;
import io.github.nexmock.state.ApplicationNotFoundException;
import io.github.nexmock.state.ApplicationPage;
import io.github.nexmock.state.NexmoState;
import java.security.KeyPair;

/**
 * The applications both versions of the Application API serve: creation with a pooled key pair when none is given,
 * pages, and lookups, replacements and deletions that answer an unknown id with the same 404.
 */
final class ApplicationResources {

    private final NexmoState state;
    private final KeyPairPool keyPairs;

    ApplicationResources(NexmoState state, KeyPairPool keyPairs) {
        this.state = state;
        this.keyPairs = keyPairs;
    }

    /** An application just created, and the private key generated for it ({@code null} when the caller gave one). */
    record Created(Application application, String privateKeyPem) {

        @Override
        public String toString() {
            return "Created[application=" + application.id() + "]";
        }
    }

    /** Creates an application with the given public key, or with a fresh key pair whose private half is returned. */
    Created create(String name, ObjectNode capabilities, ObjectNode privacy, String publicKeyPem) {
        if (publicKeyPem != null) {
            return new Created(
                    state.createApplication(new ApplicationFields(name, capabilities, privacy, publicKeyPem)), null);
        }
        KeyPair pair = keyPairs.take();
        Application application = state.createApplication(
                new ApplicationFields(name, capabilities, privacy, RsaKeys.toPublicPem(pair.getPublic())));
        return new Created(application, RsaKeys.toPkcs8Pem(pair.getPrivate()));
    }

    /** Page {@code page} (from 1) of the account's applications. */
    ApplicationPage page(int page, int pageSize) {
        return state.applications(page, pageSize);
    }

    Application find(ApiRequest request, String id) {
        return state.application(id).orElseThrow(() -> notFound(request, id));
    }

    /** Replaces the application {@code current}, which the request's path names as {@code id}. */
    Application replace(ApiRequest request, String id, Application current, ApplicationFields fields) {
        try {
            return state.replaceApplication(current.id(), fields);
        } catch (ApplicationNotFoundException e) {
            throw notFound(request, id);
        }
    }

    /** Deletes the application and its users: 204, or 404 when there is none with that id. */
    ResponseDefinition delete(ApiRequest request, String id) {
        try {
            state.deleteApplication(find(request, id).id());
            return ApiResponses.noContent();
        } catch (ApplicationNotFoundException e) {
            throw notFound(request, id);
        }
    }

    private static ProblemException notFound(ApiRequest request, String id) {
        return ApiResponses.notFound(request, "application:error:not-found", "no application with id " + id);
    }
}
