package io.github.nexmock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.Reason;
import io.github.nexmock.jwt.TokenWarning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/platform-rules.md} true as the code changes: every refusal reason, warning code and
 * {@link KnownDifferences} waiver is in it, and every test it cites exists.
 */
class PlatformRulesTableTest {

    private static final Path TESTS = Path.of("src/test/java/io/github/nexmock");
    /** {@code `package.Class#method`}, or {@code `#method`} of the class cited last in the same cell. */
    private static final Pattern CITED_TEST =
            Pattern.compile("`(?:([a-z0-9]+)\\.([A-Z][A-Za-z0-9]+))?#([a-z][A-Za-z0-9]+)`");

    @Test
    void namesEveryRefusalReasonAndWarningCode() throws IOException {
        String table = table();
        List<String> codes = new ArrayList<>();
        Stream.of(Reason.values()).map(Enum::name).forEach(codes::add);
        Stream.of(TokenWarning.Code.values()).map(Enum::name).forEach(codes::add);

        assertThat(codes).allSatisfy(code -> assertThat(table)
                .as("docs/platform-rules.md names %s", code)
                .contains("`" + code + "`"));
    }

    @Test
    void namesEveryKnownDifference() throws IOException {
        String table = table();

        assertThat(Stream.concat(KnownDifferences.WAIVERS.stream(), KnownDifferences.VOICE_WAIVERS.stream()))
                .allSatisfy(waiver -> assertThat(table)
                        .as("docs/platform-rules.md has a row for the KnownDifferences waiver '%s'", waiver.name())
                        .contains("| " + waiver.name() + " |"));
    }

    @Test
    void everyCitedTestExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String cell : table().split("\\|")) {
            Matcher cited = CITED_TEST.matcher(cell);
            Path testClass = null;
            while (cited.find()) {
                if (cited.group(2) != null) {
                    testClass = TESTS.resolve(cited.group(1)).resolve(cited.group(2) + ".java");
                }
                if (testClass == null) {
                    continue; // an anchor such as `#unauthorized`, not a test
                }
                if (!Files.isRegularFile(testClass)
                        || !Files.readString(testClass).contains("void " + cited.group(3) + "(")) {
                    missing.add(testClass.getFileName() + "#" + cited.group(3));
                }
            }
        }
        assertThat(missing)
                .as("tests docs/platform-rules.md cites that do not exist")
                .isEmpty();
    }

    private static String table() throws IOException {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("docs/platform-rules.md"))) {
            directory = directory.getParent();
        }
        assertThat(directory)
                .as("docs/platform-rules.md above " + Path.of("").toAbsolutePath())
                .isNotNull();
        return Files.readString(directory.resolve("docs/platform-rules.md"));
    }
}
