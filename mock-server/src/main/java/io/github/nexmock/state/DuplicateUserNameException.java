package io.github.nexmock.state;

/** Thrown when a user would take a name another user of the same application already has (Nexmo answers 409). */
public final class DuplicateUserNameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String applicationId;
    private final String name;

    DuplicateUserNameException(String applicationId, String name) {
        super("user name '" + name + "' is already taken in application " + applicationId);
        this.applicationId = applicationId;
        this.name = name;
    }

    /** The application in which the name is taken. */
    public String applicationId() {
        return applicationId;
    }

    /** The name that is taken. */
    public String name() {
        return name;
    }
}
