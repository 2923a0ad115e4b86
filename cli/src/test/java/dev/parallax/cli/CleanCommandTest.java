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
                    "dateline", "published", "updated", "language", "syndicatedFrom", "text");
            assertThat(a.get("language").asText()).isEqualTo("en");
            assertThat(a.get("text").asText()).doesNotContainIgnoringCase("also read");
        });
        assertThat(lines.get(5).get("rejected").asText()).isEqualTo("empty file");
    }

    @Test
    void writesThePublicationAndUpdateEachInputStates() throws IOException {
        String body = "The central bank raised its main interest rate by half a point on Monday, the third increase "
                + "this year, as inflation stayed well above its target for a sixth month. The governor said further "
                + "increases could follow if prices kept rising at the current pace.";
        Files.writeString(tmp.resolve("page.html"), "<html><head><script type=\"application/ld+json\">{\"@type\":"
                + "\"NewsArticle\",\"datePublished\":\"2024-03-11T18:02:00Z\",\"dateModified\":\"2024-03-12T09:41:00Z\"}"
                + "</script></head><body><article><h1>Central bank raises rates</h1><p>" + body + "</p></article></body></html>");
        Files.writeString(tmp.resolve("wire.txt"), "Central bank raises rates again as inflation persists\n"
                + "By AFP | Published March 11th 2024, 18:02 GMT | Updated March 12th 2024, 09:41 GMT\n" + body + "\n");
        DigestEndToEndTest.Run r = DigestEndToEndTest.run("clean", tmp.resolve("page.html").toString(),
                tmp.resolve("wire.txt").toString());
        assertThat(r.exit()).isEqualTo(0);
        String[] lines = r.out().strip().split("\n");
        for (String line : lines) {
            JsonNode a = new ObjectMapper().readTree(line);
            assertThat(a.get("published").asText()).as(line).isEqualTo("2024-03-11T18:02Z");
            assertThat(a.get("updated").asText()).as(line).isEqualTo("2024-03-12T09:41Z");
        }
        assertThat(lines).hasSize(2);
    }
}
