package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md: core depends on no other module; adapters depend on
 * core only; only cli knows every module. Checked in both the poms and the import statements, and
 * core is kept free of I/O and wall-clock time.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of(System.getProperty("parallax.root", ".."));

    /** Each module and the Parallax modules it may depend on. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "core", Set.of(),
            "nlp", Set.of("core"),
            "ingest", Set.of("core"),
            "eval", Set.of("core", "nlp", "ingest"),
            "bench", Set.of("core", "ingest", "nlp"),
            "store", Set.of("core"),
            "server", Set.of("core", "store"),
            "cli", Set.of("core", "nlp", "ingest", "eval", "bench", "store", "server"));

    private static final Pattern POM_DEP = Pattern.compile("<artifactId>parallax-([a-z]+)</artifactId>");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dev\\.parallax\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void everyModuleIsKnownToTheRules() throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<module>([a-z]+)</module>").matcher(rootPom);
        Set<String> modules = new TreeSet<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertThat(modules).isEqualTo(new TreeSet<>(ALLOWED.keySet()));
    }

    @Test
    void pomsDependOnlyOnAllowedModules() throws IOException {
        for (var e : ALLOWED.entrySet()) {
            String pom = Files.readString(ROOT.resolve(e.getKey()).resolve("pom.xml"));
            Set<String> deps = new TreeSet<>();
            Matcher m = POM_DEP.matcher(pom);
            while (m.find()) {
                if (!m.group(1).equals(e.getKey())) {
                    deps.add(m.group(1));
                }
            }
            assertThat(deps).as("Parallax modules in %s/pom.xml", e.getKey()).isSubsetOf(e.getValue());
        }
    }

    @Test
    void sourcesImportOnlyAllowedModules() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var e : ALLOWED.entrySet()) {
            for (Path src : javaFiles(e.getKey())) {
                Matcher m = IMPORT.matcher(Files.readString(src));
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(e.getKey()) && !e.getValue().contains(target)) {
                        violations.add(ROOT.relativize(src) + " imports dev.parallax." + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void coreDoesNoIoAndReadsNoClock() throws IOException {
        Pattern forbidden = Pattern.compile(
                "import java\\.net\\.|import java\\.nio\\.file\\.|import java\\.io\\.File[;A-Z]|Instant\\.now\\(|"
                        + "LocalDate(Time)?\\.now\\(|System\\.currentTimeMillis\\(|new Random\\(\\)");
        List<String> violations = new ArrayList<>();
        for (Path src : javaFiles("core")) {
            Matcher m = forbidden.matcher(Files.readString(src));
            if (m.find()) {
                violations.add(ROOT.relativize(src) + ": " + m.group());
            }
        }
        assertThat(violations).isEmpty();
    }

    private static List<Path> javaFiles(String module) throws IOException {
        Path main = ROOT.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(main)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(main)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
