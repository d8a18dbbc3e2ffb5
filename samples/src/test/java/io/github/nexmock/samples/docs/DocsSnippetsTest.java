package io.github.nexmock.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README and docs/ honest. Every {@code ```java} block is preceded by a line
 * {@code <!-- snippet: path/to/SomeTest.java#region -->} and equals the lines between {@code // snippet:region} and
 * {@code // end-snippet:region} of that test source (common indentation removed), so the code users copy compiles and
 * runs in this build. Every page of docs/ and the changelog is linked from the README, and every relative link, with
 * its anchor, leads somewhere.
 */
class DocsSnippetsTest {

    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: (\\S+)#([\\w.-]+) -->$");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.+?)#*\\s*$");

    private static Path root;
    private static List<Path> pages;

    @BeforeAll
    static void findTheRepository() throws IOException {
        root = repositoryRoot(Path.of("").toAbsolutePath());
        pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        pages.add(root.resolve("CHANGELOG.md"));
        pages.addAll(docsPages());
    }

    @Test
    void everyJavaBlockIsARegionOfATestThatRuns() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            for (Block block : javaBlocks(page)) {
                checked++;
                problems.addAll(check(block));
            }
        }
        assertThat(problems).as("java blocks that do not match a test's region").isEmpty();
        assertThat(checked).as("java blocks found").isPositive();
    }

    @Test
    void theReadmeLinksEveryDocsPageAndTheChangelog() throws IOException {
        Path readme = root.resolve("README.md");
        Set<Path> linked = new LinkedHashSet<>();
        for (Link link : links(readme)) {
            if (!link.file().isEmpty()) {
                linked.add(readme.getParent().resolve(link.file()).normalize());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path page : pages) {
            if (!page.equals(readme) && !linked.contains(page.normalize())) {
                missing.add(root.relativize(page) + " is not linked from README.md");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRelativeLinkLeadsToAFileAndItsAnchorToAHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Path page : pages) {
            for (Link link : links(page)) {
                Path target = link.file().isEmpty()
                        ? page
                        : page.getParent().resolve(link.file()).normalize();
                String where = root.relativize(page) + ":" + link.line() + ": link " + link.text();
                if (!Files.exists(target)) {
                    broken.add(where + " leads to " + root.relativize(target) + ", which does not exist");
                } else if (!link.anchor().isEmpty() && target.toString().endsWith(".md")) {
                    Set<String> known = anchors.computeIfAbsent(target, DocsSnippetsTest::anchorsOf);
                    if (!known.contains(link.anchor())) {
                        broken.add(where + " names #" + link.anchor() + ", which is no heading of "
                                + root.relativize(target));
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void slugsFollowGitHubsRules() {
        assertThat(slug("Hostile clients: limits and secrets")).isEqualTo("hostile-clients-limits-and-secrets");
        assertThat(slug("`serve` flags")).isEqualTo("serve-flags");
        assertThat(slug("Voice API (`/v1/calls`) and the webhooks it sends"))
                .isEqualTo("voice-api-v1calls-and-the-webhooks-it-sends");
        assertThat(slug("Jetty 11 beside Spring Boot's BOM")).isEqualTo("jetty-11-beside-spring-boots-bom");
    }

    /** The problems of one block: its marker, its source, its region and the text itself. */
    private static List<String> check(Block block) throws IOException {
        String where = root.relativize(block.page()) + ":" + block.line() + ": ```java block";
        Matcher marker = MARKER.matcher(block.previousLine().strip());
        if (!marker.matches()) {
            return List.of(where + " has no <!-- snippet: <test source>#<region> --> line right before it; it begins:\n"
                    + preview(block.lines()));
        }
        String source = marker.group(1);
        String region = marker.group(2);
        where += " (snippet " + source + "#" + region + ")";
        Path file = root.resolve(source).normalize();
        if (!source.contains("src/test/java/") || !file.startsWith(root)) {
            return List.of(where + ": the source is not under a module's src/test/java folder");
        }
        if (!Files.isRegularFile(file)) {
            return List.of(where + ": the source " + source + " does not exist");
        }
        List<String> lines = Files.readAllLines(file);
        List<Integer> starts = indexesOf(lines, "// snippet:" + region);
        List<Integer> ends = indexesOf(lines, "// end-snippet:" + region);
        if (starts.size() != 1 || ends.size() != 1) {
            return List.of(where + ": the source has " + starts.size() + " '// snippet:" + region + "' and "
                    + ends.size() + " '// end-snippet:" + region + "' lines; it needs exactly one of each");
        }
        if (ends.get(0) < starts.get(0)) {
            return List.of(where + ": '// end-snippet:" + region + "' comes before its '// snippet:' line");
        }
        List<String> expected = dedent(lines.subList(starts.get(0) + 1, ends.get(0)).stream()
                .filter(line ->
                        !line.strip().startsWith("// snippet:") && !line.strip().startsWith("// end-snippet:"))
                .toList());
        List<String> actual = block.lines();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "<end of region>";
            String have = i < actual.size() ? actual.get(i) : "<end of block>";
            if (!want.equals(have)) {
                return List.of(where + " differs from the region at its line " + (i + 1) + " (markdown line "
                        + (block.line() + 1 + i) + "):\n  region: " + want + "\n  block:  " + have);
            }
        }
        return List.of();
    }

    private static List<Integer> indexesOf(List<String> lines, String marker) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                found.add(i);
            }
        }
        return found;
    }

    /** {@code lines} without the indentation all non-blank ones share; blank lines become empty. */
    static List<String> dedent(List<String> lines) {
        int common = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream()
                .map(line -> line.isBlank() ? "" : line.substring(common).stripTrailing())
                .toList();
    }

    private static String preview(List<String> lines) {
        return lines.stream().limit(3).map(line -> "  " + line).collect(Collectors.joining("\n"));
    }

    /** The {@code ```java} blocks of a page, with the line before each fence. */
    private static List<Block> javaBlocks(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```")) {
                continue;
            }
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).startsWith("```")) {
                close++;
            }
            if (line.strip().equals("```java")) {
                String previous = i > 0 ? lines.get(i - 1) : "";
                blocks.add(new Block(
                        page, i + 1, previous, List.copyOf(lines.subList(i + 1, Math.min(close, lines.size())))));
            }
            i = close;
        }
        return blocks;
    }

    /** The relative links of a page, outside fenced code. */
    private static List<Link> links(Path page) throws IOException {
        List<Link> links = new ArrayList<>();
        boolean fenced = false;
        List<String> lines = Files.readAllLines(page);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher link = LINK.matcher(line);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // https:, mailto: and the like
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? "" : target.substring(hash + 1);
                links.add(new Link(i + 1, "(" + target + ")", file, anchor));
            }
        }
        return links;
    }

    /** The anchors GitHub gives a page's headings, duplicates numbered as GitHub numbers them. */
    private static Set<String> anchorsOf(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.matches()) {
                String slug = slug(heading.group(1));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    /** GitHub's heading anchor: lower case, punctuation other than '-' and '_' dropped, spaces to '-'. */
    static String slug(String heading) {
        return heading.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                .replaceAll("\\s", "-");
    }

    private static List<Path> docsPages() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    private static Path repositoryRoot(Path start) throws IOException {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".ci"))) {
                return dir;
            }
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no repository root (a folder with .ci or a pom.xml with <modules>) above " + start);
    }

    private record Block(Path page, int line, String previousLine, List<String> lines) {}

    private record Link(int line, String text, String file, String anchor) {}
}
