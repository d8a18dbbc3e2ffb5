package io.github.nexmock.state;

/** Thrown when a change names a user the application does not have (Nexmo answers 404). */
public final class UserNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String applicationId;
    private final String userId;

    UserNotFoundException(String applicationId, String userId) {
        super("no user with id " + userId + " in application " + applicationId);
        this.applicationId = applicationId;
        this.userId = userId;
    }

    /** The application that was searched. */
    public String applicationId() {
        return applicationId;
    }

    /** The user id that was not found. */
    public String userId() {
        return userId;
    }
}
