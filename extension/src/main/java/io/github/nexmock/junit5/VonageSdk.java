package io.github.nexmock.junit5;

import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The optional Vonage Java SDK, as far as the extension may know it without loading it: whether it is on the class
 * path, and the {@code VonageClient} for a test when it is. Only {@link VonageClients} names the SDK's types, and it is
 * touched only after {@link #isPresent(ClassLoader)} said yes, so the extension loads and works without the SDK.
 */
final class VonageSdk {

    /** The injectable type, by name: {@code VonageClient.class} would need the SDK. */
    static final String CLIENT_CLASS = "com.vonage.client.VonageClient";

    private static final boolean PRESENT = isPresent(VonageSdk.class.getClassLoader());

    private VonageSdk() {}

    /** Whether {@code type} is the SDK's {@code VonageClient}. */
    static boolean isClientType(Class<?> type) {
        return type.getName().equals(CLIENT_CLASS);
    }

    /** Whether {@code loader} sees the SDK's {@code VonageClient}. */
    static boolean isPresent(ClassLoader loader) {
        try {
            Class.forName(CLIENT_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * A {@code VonageClient} for the target and application of {@code scope}.
     *
     * @throws ParameterResolutionException when the SDK is not on the extension's class path, or is a version it
     *                                      cannot configure, saying which dependency to add
     */
    static Object client(TestScope scope, String description) {
        requirePresent(PRESENT, description);
        try {
            return VonageClients.create(
                    scope.platform().environment(), scope.application().application());
        } catch (LinkageError incompatible) {
            throw new ParameterResolutionException(
                    description + " is a VonageClient, but the Vonage Java SDK on the"
                            + " class path is not one nexmock can configure (" + incompatible
                            + "); use com.vonage:server-sdk"
                            + " 9.x",
                    incompatible);
        }
    }

    /** Throws the error for a {@code VonageClient} injection point unless the SDK is {@code present}. */
    static void requirePresent(boolean present, String description) {
        if (!present) {
            throw new ParameterResolutionException(description + " is a VonageClient, but the Vonage Java SDK is not on"
                    + " the class path nexmock is loaded from; add the dependency com.vonage:server-sdk (9.x) in test"
                    + " scope");
        }
    }
}
