package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Digests each hand-written multi-outlet case under {@code corroboration/} and checks its expected.json. */
class CorroborationCasesTest {
    static final Path CASES = DigestEndToEndTest.ROOT.resolve("cli/src/test/resources/dev/parallax/cli/corroboration");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void digestMatchesExpectations(String name, @TempDir Path out) throws IOException {
        DigestEndToEndTest.Run run = DigestEndToEndTest.run("digest", CASES.resolve(name).resolve("articles").toString(), "--out", out.toString(), "-q");
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode digest = DigestEndToEndTest.JSON.readTree(out.resolve("digest.json").toFile());
        JsonNode expected = DigestEndToEndTest.JSON.readTree(CASES.resolve(name).resolve("expected.json").toFile());

        assertThat(digest.get("stories")).hasSize(expected.get("stories").asInt());
        List<JsonNode> found = new ArrayList<>();
        int disputed = 0;
        int copies = 0;
        for (JsonNode story : digest.get("stories")) {
            story.get("discrepancies").forEach(found::add);
            disputed += story.get("claims").findValuesAsText("status").stream().filter("disputed"::equals).count();
            for (JsonNode a : story.get("articles")) {
                copies += a.get("syndicatedFrom").isNull() ? 0 : 1;
            }
        }
        for (JsonNode want : expected.get("discrepancies")) {
            assertThat(found).as("%s: a discrepancy like %s among %s", name, want, found).anySatisfy(d -> {
                assertThat(d.get("kind").asText()).isEqualTo(want.get("kind").asText());
                assertThat(d.get("verdict").asText()).isEqualTo(want.get("verdict").asText());
                if (want.has("about")) {
                    assertThat(d.get("about").asText()).contains(want.get("about").asText());
                }
                if (want.has("deniedBy")) {
                    assertThat(d.get("positions").get(1).get("normalized").asText()).contains(want.get("deniedBy").asText());
                }
            });
        }
        assertThat(found).as("%s: discrepancies", name).hasSizeLessThanOrEqualTo(expected.get("maxDiscrepancies").asInt());
        assertThat(disputed).as("%s: disputed claims", name).isGreaterThanOrEqualTo(expected.get("disputed").asInt());
        assertThat(copies).as("%s: syndicated copies", name).isEqualTo(expected.get("copies").asInt());
        for (JsonNode want : expected.path("quotes")) {
            List<JsonNode> quotes = new ArrayList<>();
            digest.get("stories").forEach(st -> st.get("quotes").forEach(quotes::add));
            assertThat(quotes).as("%s: a quote of %s", name, want).anySatisfy(q -> {
                assertThat(q.get("speaker").asText()).contains(want.get("speaker").asText());
                assertThat(1 + q.get("variants").size()).isGreaterThanOrEqualTo(want.get("minWordings").asInt());
            });
        }
        for (JsonNode word : expected.path("absentFromClaims")) {
            for (JsonNode story : digest.get("stories")) {
                assertThat(story.get("claims").findValuesAsText("text")).as("%s: claims", name)
                        .noneMatch(t -> t.contains(word.asText()));
                assertThat(story.get("brief").findValuesAsText("text")).as("%s: brief", name)
                        .noneMatch(t -> t.contains(word.asText()));
            }
        }
    }
}
