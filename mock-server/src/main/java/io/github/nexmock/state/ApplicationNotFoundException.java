package io.github.nexmock.state;

/** Thrown when a change names an application the state does not hold (Nexmo answers 404). */
public final class ApplicationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String applicationId;

    ApplicationNotFoundException(String applicationId) {
        super("no application with id " + applicationId);
        this.applicationId = applicationId;
    }

    /** The id that was not found. */
    public String applicationId() {
        return applicationId;
    }
}
