package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Digests the seed articles through the real command, models and all, and checks the contract. */
class DigestEndToEndTest {
    static final Path ROOT = Path.of(System.getProperty("parallax.root", ".."));
    static final Path SEEDS = Path.of(System.getProperty("parallax.shared", "../../shared")).resolve("seeds");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static JsonNode digest;
    static String digestText;
    static int exit;
    static String stdout;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ParallaxCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void digestSeeds() throws IOException {
        Run r = run("digest", SEEDS.toString(), "--out", tmp.resolve("first").toString(), "--quiet");
        exit = r.exit();
        stdout = r.out();
        digestText = Files.readString(tmp.resolve("first/digest.json"));
        digest = JSON.readTree(digestText);
    }

    @Test
    void writesTheThreeFilesAndASummary() {
        assertThat(exit).isZero();
        assertThat(tmp.resolve("first/digest.md")).isNotEmptyFile();
        assertThat(tmp.resolve("first/digest.html")).isNotEmptyFile();
        assertThat(stdout).contains("Digested 5 articles into 1 story; 0 inputs rejected.", "digest.json", "digest.md", "digest.html");
    }

    @Test
    void validatesAgainstTheSchema() throws IOException {
        try (InputStream schema = Files.newInputStream(ROOT.resolve("docs/digest.schema.json"))) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            Set<ValidationMessage> errors = s.validate(digest);
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void groupsTheFiveSeedsIntoOneStory() {
        assertThat(digest.get("stories")).hasSize(1);
        assertThat(digest.get("stories").get(0).get("articles")).hasSize(5);
        assertThat(digest.get("stories").get(0).get("brief").size()).isGreaterThanOrEqualTo(3);
        assertThat(digest.get("rejected")).isEmpty();
    }

    @Test
    void everySourceNamesAnArticleOfItsStoryAndEverySpanLiesInItsText() {
        for (JsonNode story : digest.get("stories")) {
            Map<String, String> texts = new HashMap<>();
            story.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
            for (String list : List.of("brief", "timeline")) {
                story.get(list).forEach(item -> item.get("sources").forEach(id -> assertThat(texts).containsKey(id.asText())));
            }
            for (JsonNode claim : story.get("claims")) {
                for (JsonNode src : claim.get("sources")) {
                    String text = texts.get(src.get("article").asText());
                    assertThat(text).isNotNull();
                    int start = src.get("start").asInt();
                    int end = src.get("end").asInt();
                    assertThat(start).isBetween(0, end);
                    assertThat(end).isLessThanOrEqualTo(text.length());
                }
                JsonNode first = claim.get("sources").get(0);
                assertThat(texts.get(first.get("article").asText()).substring(first.get("start").asInt(), first.get("end").asInt()))
                        .isNotBlank();
            }
            story.get("articles").forEach(a -> {
                if (!a.get("syndicatedFrom").isNull()) {
                    assertThat(texts).containsKey(a.get("syndicatedFrom").asText());
                }
            });
        }
    }

    @Test
    void discrepancySpansPointAtTheExactTextTheyQuote() {
        JsonNode story = digest.get("stories").get(0);
        Map<String, String> texts = new HashMap<>();
        story.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        assertThat(story.get("discrepancies")).isNotEmpty();
        for (JsonNode d : story.get("discrepancies")) {
            for (JsonNode position : d.get("positions")) {
                for (JsonNode src : position.get("sources")) {
                    String quoted = texts.get(src.get("article").asText())
                            .substring(src.get("start").asInt(), src.get("end").asInt());
                    assertThat(position.get("value").asText()).as("position %s", position).contains(quoted);
                }
            }
        }
    }

    /** Checked by hand: four outlets give the troop figure in overlapping forms; Kyiv denies Moscow's Kursk claim. */
    @Test
    void theSeedsFiguresAreConsistentAndTheKurskClaimIsDisputed() {
        JsonNode story = digest.get("stories").get(0);
        List<JsonNode> figures = new java.util.ArrayList<>();
        List<JsonNode> denials = new java.util.ArrayList<>();
        story.get("discrepancies").forEach(d -> (d.get("kind").asText().equals("quantity") ? figures : denials).add(d));
        assertThat(figures).anySatisfy(d -> {
            assertThat(d.get("about").asText()).isEqualTo("troop");
            assertThat(d.get("verdict").asText()).isEqualTo("consistent");
            assertThat(d.get("positions").toString()).contains("11,000").contains("more than 10,000");
        });
        assertThat(denials).anySatisfy(d -> {
            assertThat(d.get("about").asText()).contains("Kursk");
            assertThat(d.get("positions").get(1).get("value").asText()).contains("not true");
        });
        assertThat(story.get("claims").findValuesAsText("status")).contains("disputed");
    }

    /** Checked by hand: the outlets spell Kim's name two ways, name North Korea three ways, and quote him via KCNA. */
    @Test
    void theSeedsEntitiesAreMergedAcrossOutletsAndQuotesCarryTheirChannel() {
        JsonNode story = digest.get("stories").get(0);
        assertThat(story.get("entities")).anySatisfy(e -> {
            assertThat(e.get("name").asText()).isEqualTo("Kim Jong Un");
            assertThat(e.get("aliases").findValuesAsText("")).isEmpty();
            assertThat(e.get("aliases").toString()).contains("Kim Jong-un");
            assertThat(e.get("sources").size()).isGreaterThanOrEqualTo(3);
        });
        assertThat(story.get("entities")).anySatisfy(e -> {
            assertThat(e.get("aliases").toString()).contains("North Korea", "Pyongyang");
            assertThat(e.get("forGovernment")).isNotEmpty();
        });
        assertThat(story.get("quotes")).anySatisfy(q -> {
            assertThat(q.get("speaker").asText()).contains("Kim");
            assertThat(q.get("via").toString()).contains("KCNA");
            assertThat(q.get("sources").size()).isGreaterThanOrEqualTo(2);
        });
    }

    /** Checked by hand: Putin thanked Kim on Monday 28 April; the Kursk offensive and the first deployments were in 2024. */
    @Test
    void theSeedsTimelineDatesTheNewsAndItsBackground() {
        JsonNode timeline = digest.get("stories").get(0).get("timeline");
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.get("date").asText()).isEqualTo("2025-04-28");
            assertThat(e.get("text").asText()).contains("thanked");
            assertThat(e.get("background").asBoolean()).isFalse();
        });
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.get("date").asText()).startsWith("2024");
            assertThat(e.get("background").asBoolean()).isTrue();
        });
        List<String> dates = timeline.findValuesAsText("date");
        assertThat(dates).isSorted();
    }

    @Test
    void everyBriefSentenceOccursInACitedArticle() {
        for (JsonNode story : digest.get("stories")) {
            Map<String, String> texts = new HashMap<>();
            story.get("articles").forEach(a -> texts.put(a.get("id").asText(), normalize(a.get("text").asText())));
            Map<String, String> raw = new HashMap<>();
            story.get("articles").forEach(a -> raw.put(a.get("id").asText(), a.get("text").asText()));
            for (JsonNode sentence : story.get("brief")) {
                String s = normalize(sentence.get("text").asText());
                boolean found = false;
                // A clean trim may drop a leading "However," and capitalise what follows.
                String trimmed = Character.toLowerCase(s.charAt(0)) + s.substring(1);
                for (JsonNode id : sentence.get("sources")) {
                    found |= texts.get(id.asText()).contains(s) || texts.get(id.asText()).contains(trimmed);
                }
                assertThat(found).as("brief sentence found in a cited article: %s", s).isTrue();
                JsonNode first = sentence.get("spans").get(0);
                String from = raw.get(first.get("article").asText())
                        .substring(first.get("start").asInt(), first.get("end").asInt());
                assertThat(normalize(from)).as("the first span holds the sentence").isIn(s, Character.toLowerCase(s.charAt(0)) + s.substring(1));
            }
        }
    }

    @Test
    void cleanedSeedTextsCarryNoBoilerplate() {
        for (JsonNode a : digest.get("stories").get(0).get("articles")) {
            assertThat(a.get("text").asText()).doesNotContainIgnoringCase("also read")
                    .doesNotContain("Related Stories", "auto-generated", "Open in App", "Hostages to hostility");
        }
    }

    @Test
    void runningTwiceGivesByteIdenticalJson() throws IOException {
        Run again = run("digest", SEEDS.toString(), "--out", tmp.resolve("second").toString(), "--quiet", "--format", "json");
        assertThat(again.exit()).isZero();
        assertThat(Files.readString(tmp.resolve("second/digest.json"))).isEqualTo(digestText);
        assertThat(tmp.resolve("second/digest.md")).doesNotExist();
    }

    @Test
    void badInputsAreRejectedWithReasonsAndTheRestIsDigested() throws IOException {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "");
        Files.write(bad.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.write(bad.resolve("latin1.txt"), ("Le gouvernement a annoncé mercredi une hausse des salaires des enseignants, "
                + "après des semaines de grèves qui ont fermé des écoles dans tout le pays, a déclaré le ministre.")
                .getBytes(Charset.forName("windows-1252")));
        try (var out = Files.newOutputStream(bad.resolve("huge.txt"))) {
            byte[] line = "All work and no play makes a very long file indeed.\n".getBytes();
            for (int written = 0; written < 50 * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Path emptyFolder = Files.createDirectories(tmp.resolve("nothing-here"));

        Run r = run("digest", SEEDS.toString(), bad.toString(), emptyFolder.toString(),
                "--out", tmp.resolve("bad-out").toString(), "--quiet");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception");
        JsonNode d = JSON.readTree(Files.readString(tmp.resolve("bad-out/digest.json")));
        Map<String, String> reasons = new HashMap<>();
        d.get("rejected").forEach(x -> reasons.put(Path.of(x.get("input").asText()).getFileName().toString(), x.get("reason").asText()));
        assertThat(reasons).containsOnlyKeys("empty.txt", "binary.txt", "huge.txt", "nothing-here");
        assertThat(reasons.get("empty.txt")).isEqualTo("empty file");
        assertThat(reasons.get("binary.txt")).startsWith("binary file");
        assertThat(reasons.get("huge.txt")).startsWith("file too large");
        Set<String> seedInputs = new HashSet<>();
        List<JsonNode> latin = new java.util.ArrayList<>();
        d.get("stories").forEach(s -> s.get("articles").forEach(a -> {
            if (a.get("input").asText().startsWith(SEEDS.toString())) {
                seedInputs.add(a.get("input").asText());
            } else if (a.get("input").asText().endsWith("latin1.txt")) {
                latin.add(a);
            }
        }));
        assertThat(seedInputs).hasSize(5);
        assertThat(latin).singleElement().satisfies(a -> {
            assertThat(a.get("text").asText()).contains("annoncé", "grèves", "écoles");
            assertThat(a.get("language").asText()).isEqualTo("fr");
        });
        assertThat(r.out()).contains("rejected").contains("empty file");
    }

    @Test
    void usageErrorsExitTwoAndEveryCommandHasHelp() {
        assertThat(run("digest").exit()).isEqualTo(2);
        assertThat(run("digest", SEEDS.toString(), "--format", "pdf").exit()).isEqualTo(2);
        Run window = run("digest", SEEDS.toString(), "--story-window", "0");
        assertThat(window.exit()).isEqualTo(2);
        assertThat(window.err()).contains("--story-window must be at least 1 day");
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        Run help = run("digest", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--out", "--format", "--quiet", "--story-window");
        assertThat(run("--help").out()).contains("digest");
    }

    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
