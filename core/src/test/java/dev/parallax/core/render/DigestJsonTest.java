package dev.parallax.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.Digest;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.Generator;
import dev.parallax.core.digest.Quote;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.StoryView;
import dev.parallax.core.digest.TimelineEntry;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void roundTripsEveryField() {
        for (Digest digest : List.of(Samples.full(), Samples.sparse(), Samples.empty(), Samples.hostile())) {
            assertThat(DigestJson.read(DigestJson.write(digest))).isEqualTo(digest);
        }
    }

    @Test
    void isDeterministicWithUnixLineEndsAndATrailingNewline() {
        String first = DigestJson.write(Samples.full());
        assertThat(DigestJson.write(Samples.full())).isEqualTo(first);
        assertThat(first).endsWith("}\n").doesNotContain("\r").startsWith("{\n  \"generator\": {");
    }

    @Test
    void writesFieldsInRecordComponentOrder() throws Exception {
        JsonNode root = JSON.readTree(DigestJson.write(Samples.full()));
        JsonNode story = root.get("stories").get(0);
        JsonNode claim = story.get("claims").get(0);
        JsonNode discrepancy = story.get("discrepancies").get(0);
        assertOrder(root, Digest.class);
        assertOrder(root.get("generator"), Generator.class);
        assertOrder(root.get("rejected").get(0), Rejection.class);
        assertOrder(story, StoryView.class);
        assertOrder(story.get("articles").get(0), ArticleView.class);
        assertOrder(story.get("brief").get(0), BriefSentence.class);
        assertOrder(story.get("timeline").get(0), TimelineEntry.class);
        assertOrder(claim, Claim.class);
        assertOrder(claim.get("sources").get(0), SourceSpan.class);
        assertOrder(discrepancy, Discrepancy.class);
        assertOrder(discrepancy.get("positions").get(0), Discrepancy.Position.class);
        assertOrder(story.get("quotes").get(0), Quote.class);
        assertOrder(story.get("entities").get(0), Entity.class);
    }

    @Test
    void writesNullsAndEmptyListsAndEnumValues() throws Exception {
        JsonNode root = JSON.readTree(DigestJson.write(Samples.sparse()));
        JsonNode story = root.get("stories").get(0);
        assertThat(story.get("headline").isNull()).isTrue();
        assertThat(story.get("articles").get(0).get("syndicatedFrom").isNull()).isTrue();
        assertThat(story.get("articles").get(0).get("published").isNull()).isTrue();
        assertThat(story.get("brief").isArray()).isTrue();
        assertThat(story.get("brief")).isEmpty();
        assertThat(story.get("discrepancies").get(0).get("kind").asText()).isEqualTo("other");
        assertThat(story.get("discrepancies").get(0).get("verdict").asText()).isEqualTo("consistent");
        JsonNode full = JSON.readTree(DigestJson.write(Samples.full())).get("stories").get(0);
        assertThat(full.get("claims").get(1).get("status").asText()).isEqualTo("single-source");
        assertThat(full.get("timeline").get(1).get("precision").asText()).isEqualTo("month");
        assertThat(DigestJson.write(Samples.sparse())).contains("\"brief\": [],");
    }

    @Test
    void keepsNonAsciiButEscapesHtmlSignificantCharacters() {
        String json = DigestJson.write(Samples.full());
        assertThat(json).contains("Rhône", "“We need help.”", "救援").doesNotContain("\u2028", "\u2029");
        assertThat(json).contains("\\u2028");
        String hostile = DigestJson.write(Samples.hostile());
        assertThat(hostile).doesNotContain("<", ">", "&").contains("\\u003C", "\\u003E");
    }

    @Test
    void readRejectsUnknownPropertiesAndMalformedJson() {
        String json = DigestJson.write(Samples.empty()).replace("\"rejected\"", "\"extra\": 1, \"rejected\"");
        assertThatThrownBy(() -> DigestJson.read(json)).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> DigestJson.read("{")).isInstanceOf(UncheckedIOException.class);
    }

    private static void assertOrder(JsonNode node, Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(names).as(type.getSimpleName()).containsExactlyElementsOf(components);
    }
}
