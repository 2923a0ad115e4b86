package dev.parallax.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.parallax.core.digest.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code docs/digest.schema.json} describes exactly what {@link DigestJson} writes. */
class DigestSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        String root = System.getProperty("parallax.root");
        Path file = root != null ? Path.of(root, "docs", "digest.schema.json") : Path.of("../docs/digest.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void schemaItselfIsDraft202012WithIdsAndTitles() throws IOException {
        String root = System.getProperty("parallax.root", "..");
        JsonNode doc = JSON.readTree(Path.of(root, "docs", "digest.schema.json").toFile());
        assertThat(doc.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(doc.has("$id")).isTrue();
        doc.get("$defs").properties().forEach(def -> assertThat(def.getValue().has("title")
                && def.getValue().has("description")).as(def.getKey()).isTrue());
    }

    @Test
    void everySampleValidates() throws IOException {
        for (Digest digest : new Digest[] {Samples.full(), Samples.sparse(), Samples.empty(), Samples.hostile()}) {
            assertThat(validate(JSON.readTree(DigestJson.write(digest)))).isEmpty();
        }
    }

    @Test
    void rejectsAnExtraProperty() throws IOException {
        assertInvalid(root -> story(root).put("summary", "not in the contract"));
        assertInvalid(root -> ((ObjectNode) story(root).get("articles").get(0)).put("url", "x"));
        assertInvalid(root -> root.put("version", 2));
    }

    @Test
    void rejectsAMissingProperty() throws IOException {
        assertInvalid(root -> story(root).remove("quotes"));
        assertInvalid(root -> ((ObjectNode) story(root).get("articles").get(0)).remove("syndicatedFrom"));
    }

    @Test
    void rejectsBadEnumValuesDatesAndOffsets() throws IOException {
        assertInvalid(root -> claim(root).put("status", "probably"));
        assertInvalid(root -> claim(root).put("independentSources", -1));
        assertInvalid(root -> ((ObjectNode) claim(root).get("sources").get(0)).put("start", -3));
        assertInvalid(root -> ((ObjectNode) story(root).get("discrepancies").get(0)).put("verdict", "maybe"));
        assertInvalid(root -> ((ObjectNode) story(root).get("discrepancies").get(0)).put("kind", "QUANTITY"));
        assertInvalid(root -> ((ObjectNode) story(root).get("timeline").get(0)).put("precision", "week"));
        assertInvalid(root -> ((ObjectNode) story(root).get("articles").get(0)).put("published", "yesterday"));
        assertInvalid(root -> ((ObjectNode) story(root).get("articles").get(0)).put("published", "2024-13-01"));
        assertInvalid(root -> ((ObjectNode) story(root).get("articles").get(0)).put("updated", "last week"));
        assertInvalid(root -> ((ObjectNode) story(root).get("articles").get(0)).remove("updated"));
        assertInvalid(root -> ((ObjectNode) story(root).get("articles").get(0)).putNull("text"));
    }

    @Test
    void acceptsDateTimesWithOffsetsAndFractions() throws IOException {
        for (String published : new String[] {"2024-05-01", "2024-05-01T09:30Z", "2024-05-01T09:30:15.250+02:00"}) {
            JsonNode root = JSON.readTree(DigestJson.write(Samples.full()));
            ((ObjectNode) story((ObjectNode) root).get("articles").get(0)).put("published", published);
            assertThat(validate(root)).as(published).isEmpty();
        }
    }

    private static void assertInvalid(Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(DigestJson.write(Samples.full()));
        assertThat(validate(root)).isEmpty();
        breakIt.accept(root);
        assertThat(validate(root)).isNotEmpty();
    }

    private static ObjectNode story(ObjectNode root) {
        return (ObjectNode) root.get("stories").get(0);
    }

    private static ObjectNode claim(ObjectNode root) {
        return (ObjectNode) story(root).get("claims").get(0);
    }

    private static Set<ValidationMessage> validate(JsonNode node) {
        return schema.validate(node);
    }
}
