package io.github.nexmock.junit5;

/**
 * A user the extension created for a {@link NexmoUser @NexmoUser} parameter or field.
 *
 * @param id            the user id, {@code USR-<uuid>}
 * @param name          the user name, unique within the application
 * @param applicationId the application the user belongs to
 */
public record NexmoUserRef(String id, String name, String applicationId) {}
