package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneJsonLinePerInputWithTheArticleFields() throws IOException {
        Files.writeString(tmp.resolve("empty.txt"), "");
        DigestEndToEndTest.Run r = DigestEndToEndTest.run("clean", DigestEndToEndTest.SEEDS.toString(), tmp.resolve("empty.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(0, 5)).allSatisfy(a -> {
            assertThat(a.fieldNames()).toIterable().containsExactly("id", "input", "title", "outlet", "agency", "byline",
                    "dateline", "published", "language", "syndicatedFrom", "text");
            assertThat(a.get("language").asText()).isEqualTo("en");
            assertThat(a.get("text").asText()).doesNotContainIgnoringCase("also read");
        });
        assertThat(lines.get(5).get("rejected").asText()).isEqualTo("empty file");
    }
}
