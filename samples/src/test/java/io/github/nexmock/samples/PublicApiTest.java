package io.github.nexmock.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * nexmock's API is five packages; every other package is implementation, says so, and is never what a user's test
 * imports; a type that is not public carries no public member of its own. Checked on the sources of every published module and of the samples, which are the tests a user writes.
 */
class PublicApiTest {

    /** The packages a user imports from, each with the jar that holds it. */
    static final Map<String, String> API = Map.of(
            "junit5", "extension",
            "jwt", "mock-server",
            "server", "mock-server",
            "voice", "mock-server",
            "spring", "spring");

    static final List<String> MODULES = List.of("mock-server", "catalog", "standalone", "extension", "spring");
    static final Path ROOT = Path.of("..");
    static final Pattern IMPORT =
            Pattern.compile("(?m)^import (?:static )?io\\.github\\.nexmock\\.([a-z0-9_.]+)\\.[A-Z]");
    static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|enum|record|@interface) ");
    static final Pattern TYPE =
            Pattern.compile("(?m)^(?:final |abstract |sealed |non-sealed )*(?:class|interface|enum|record) ");

    @Test
    void everySampleImportsNexmockFromAtMostTwoApiPackages() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        for (Path source :
                javaFiles(ROOT.resolve("samples/src/test/java"), ROOT.resolve("samples/spring-boot/src/test/java"))) {
            Set<String> packages = new TreeSet<>();
            Matcher imported = IMPORT.matcher(Files.readString(source));
            while (imported.find()) {
                if (!imported.group(1).startsWith("samples")) {
                    packages.add(imported.group(1));
                }
            }
            imports.put(source.getFileName().toString(), packages);
        }

        assertThat(imports).isNotEmpty().allSatisfy((sample, packages) -> assertThat(packages)
                .as(sample)
                .hasSizeLessThanOrEqualTo(2)
                .allSatisfy(imported -> assertThat(API).containsKey(imported)));
    }

    @Test
    void theApiPackagesLiveWhereTheTableSaysAndSaySoAndNoOtherPackageDoes() throws IOException {
        Map<String, String> verdicts = new TreeMap<>();
        for (String module : MODULES) {
            for (Path info : javaFiles(ROOT.resolve(module).resolve("src/main/java"))) {
                if (info.getFileName().toString().equals("package-info.java")) {
                    String text = Files.readString(info).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
                    String name = packageOf(info);
                    boolean api = API.containsKey(name) && API.get(name).equals(module);
                    verdicts.put(module + "/" + name, api == text.contains("Part of nexmock's API") ? "ok" : text);
                }
            }
        }
        assertThat(verdicts)
                .containsKeys(API.entrySet().stream()
                        .map(e -> e.getValue() + "/" + e.getKey())
                        .toArray(String[]::new));
        assertThat(verdicts)
                .allSatisfy((name, verdict) -> assertThat(verdict).as(name).isEqualTo("ok"));
    }

    @Test
    void everyPackageOfEveryPublishedModuleSaysWhatItOwns() throws IOException {
        Set<String> packages = new TreeSet<>();
        Set<String> described = new TreeSet<>();
        for (String module : MODULES) {
            for (Path source : javaFiles(ROOT.resolve(module).resolve("src/main/java"))) {
                String name = module + "/" + packageOf(source);
                packages.add(name);
                if (source.getFileName().toString().equals("package-info.java")) {
                    described.add(name);
                }
            }
        }
        assertThat(described).containsExactlyElementsOf(packages);
    }

    /**
     * A type kept out of the API is not public, and then says so all through: a member of a package-private type is
     * public only where it overrides (an interface's method, {@code toString}), so nothing reads as API that is not.
     */
    @Test
    void aTypeThatIsNotPublicDeclaresNoPublicMemberOfItsOwn() throws IOException {
        List<String> exposed = new ArrayList<>();
        for (String module : MODULES) {
            for (Path source : javaFiles(ROOT.resolve(module).resolve("src/main/java"))) {
                String text = Files.readString(source);
                if (!PUBLIC_TYPE.matcher(text).find() && TYPE.matcher(text).find()) {
                    String previous = "";
                    for (String line : text.split("\n")) {
                        if (line.startsWith("    public ") && !previous.equals("@Override")) {
                            exposed.add(module + "/" + source.getFileName() + ": " + line.strip());
                        }
                        if (!line.isBlank()) {
                            previous = line.strip();
                        }
                    }
                }
            }
        }
        assertThat(exposed).isEmpty();
    }

    private static String packageOf(Path source) {
        String path =
                source.getParent().toString().replace(source.getFileSystem().getSeparator(), "/");
        return path.substring(path.indexOf("io/github/nexmock/") + "io/github/nexmock/".length())
                .replace('/', '.');
    }

    private static List<Path> javaFiles(Path... roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }
}
