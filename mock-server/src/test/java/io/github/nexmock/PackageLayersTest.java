package io.github.nexmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages read as the path of a request, top to bottom, and none imports one above it (so none forms a cycle):
 * STYLE.md's "no package imports one above it", checked on the sources rather than trusted to review.
 */
class PackageLayersTest {

    /** Top to bottom; a package may refer only to packages after it. */
    private static final List<String> LAYERS = List.of(
            "server", "http", "auth", "api", "state", "jwt", "keys", "credentials", "client", "time");

    private static final Path SOURCES = Path.of("src/main/java/io/github/nexmock");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.github\\.nexmock\\.([a-z0-9]+)\\.");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/");

    @Test
    void everyPackageIsALayer() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            assertThat(packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(LAYERS);
        }
    }

    @Test
    void noPackageRefersToOneAboveIt() throws IOException {
        List<String> upward = new ArrayList<>();
        for (String layer : LAYERS) {
            for (Path source : sources(layer)) {
                String code = COMMENT.matcher(Files.readString(source)).replaceAll("");
                Matcher reference = REFERENCE.matcher(code);
                while (reference.find()) {
                    String target = reference.group(1);
                    if (!target.equals(layer) && LAYERS.indexOf(target) < LAYERS.indexOf(layer)) {
                        upward.add(layer + "/" + source.getFileName() + " -> " + target);
                    }
                }
            }
        }
        assertThat(new TreeSet<>(upward)).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItOwns() {
        assertThat(LAYERS).allSatisfy(layer -> assertThat(SOURCES.resolve(layer).resolve("package-info.java")).exists());
    }

    private static List<Path> sources(String layer) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
