package io.github.nexmock.catalogue;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Operations described outside the engine that the mock answers when no stateful route claims a request and no
 * WireMock stub matches it: the {@code nexmock-catalog} module brings Nexmo's published OpenAPI descriptions as one.
 * The engine finds an implementation with {@link ServiceLoader} (or is given one) and asks it for the operation of
 * each request outside the Application and Users APIs; the operation authenticates the request before any stub sees
 * it, and answers it only when no stub matched.
 *
 * <p>Implementations must be cheap to construct and thread-safe: they load their descriptions when first asked, so a
 * server's start never waits for them, and {@link #operation} may wait for the load.
 */
public interface Catalogue {

    /** The described operation a request's method and path (without query string) belong to, if any. */
    Optional<DescribedOperation> operation(String method, String path);

    /** The catalogue on the class path of {@code loader}, if any. */
    static Optional<Catalogue> discover(ClassLoader loader) {
        return ServiceLoader.load(Catalogue.class, loader).findFirst();
    }
}
