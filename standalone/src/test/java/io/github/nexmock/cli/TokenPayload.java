package io.github.nexmock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** Reads the payload of a JWT without verifying it, for assertions on what a command signed. */
final class TokenPayload {

    private TokenPayload() {}

    static JsonNode of(String token) {
        String[] segments = token.strip().split("\\.");
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(segments[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
