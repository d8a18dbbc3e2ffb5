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
 * STYLE.md's "no package imports one above it", checked on the sources rather than trusted to review. Packages under
 * {@code internal} are no API of nexmock's: public only so that the layers above can call them.
 */
class PackageLayersTest {

    /** Top to bottom; a package may refer only to packages after it. */
    private static final List<String> LAYERS =
            List.of("server", "tls", "catalogue", "auth", "api", "voice", "state", "jwt", "credentials", "client");

    private static final Path SOURCES = Path.of("src/main/java/io/github/nexmock");
    private static final Pattern REFERENCE =
            Pattern.compile("\\bio\\.github\\.nexmock\\.((?:internal\\.)?[a-z0-9]+)\\.(?=[A-Z*])");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/");

    @Test
    void everyPackageIsALayer() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java"))
                            .map(f -> packageOf(f.getParent()))
                            .distinct())
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
        assertThat(LAYERS).allSatisfy(layer -> assertThat(folder(layer).resolve("package-info.java"))
                .exists());
    }

    private static String packageOf(Path folder) {
        return SOURCES.relativize(folder)
                .toString()
                .replace(folder.getFileSystem().getSeparator(), ".");
    }

    private static Path folder(String layer) {
        return SOURCES.resolve(layer.replace(".", SOURCES.getFileSystem().getSeparator()));
    }

    private static List<Path> sources(String layer) throws IOException {
        try (Stream<Path> files = Files.list(folder(layer))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
