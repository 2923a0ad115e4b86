package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.article.Declared;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDumpsTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An article as news-please writes it (its JSON storage: one object per file). */
    static Map<String, Object> newsPlease(String seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("authors", List.of("Ana Lima", "Bo Chen"));
        m.put("date_download", "2024-03-05 09:00:00");
        m.put("date_modify", null);
        m.put("date_publish", "2024-03-04 18:30:00");
        m.put("description", "A new ferry line.");
        m.put("filename", "https%3A%2F%2Fnews.example%2F" + seed + ".json");
        m.put("image_url", "https://news.example/img.jpg");
        m.put("language", "en");
        m.put("localpath", null);
        m.put("maintext", TestPages.body(seed));
        m.put("source_domain", "news.example");
        m.put("title", "Ferry line for " + seed);
        m.put("title_page", null);
        m.put("title_rss", null);
        m.put("url", "https://news.example/" + seed);
        return m;
    }

    @Test
    void readsNewsPleaseJsonWithItsMetadata() throws IOException {
        Path file = dir.resolve("news-please.json");
        JSON.writeValue(file.toFile(), newsPlease("alder"));

        FileInputs.Batch b = new FileInputs().read(List.of(file));
        assertThat(b.rejected()).isEmpty();
        RawArticle a = b.articles().get(0);
        assertThat(a.input()).isEqualTo("https://news.example/alder");
        assertThat(a.format()).isEqualTo(RawArticle.Format.TEXT);
        assertThat(a.content()).isEqualTo(TestPages.body("alder"));
        assertThat(a.declared()).isEqualTo(new Declared("Ferry line for alder", "2024-03-04 18:30:00",
                "Ana Lima, Bo Chen", "en", "news.example", "2024-03-05 09:00:00"));
    }

    @Test
    void readsAnArrayOfNewsPleaseArticles() throws IOException {
        Path file = dir.resolve("many.json");
        JSON.writeValue(file.toFile(), List.of(newsPlease("alder"), Map.of("title", "no text"), newsPlease("birch")));
        FileInputs.Batch b = new FileInputs().read(List.of(file));
        assertThat(b.articles()).extracting(RawArticle::input)
                .containsExactly("https://news.example/alder", "https://news.example/birch");
        assertThat(b.rejected()).containsExactly(new Rejection(file + " item 2",
                "no article text: the item has none of html, text, maintext, content, body"));
    }

    @Test
    void readsGzippedJsonLinesAndRejectsBadLinesByNumber() throws IOException {
        Path file = dir.resolve("dump.jsonl.gz");
        String page = TestPages.html("cedar", "Cedar ferry");
        List<String> lines = List.of(
                JSON.writeValueAsString(Map.of("url", "https://news.example/1", "title", "One", "text", TestPages.body("one"),
                        "published", "2024-01-02", "author", "Kim Park")),
                "",
                "{not json",
                "[1, 2]",
                JSON.writeValueAsString(Map.of("url", "https://news.example/3", "html", page, "language", "fr")),
                JSON.writeValueAsString(Map.of("title", "no url", "text", TestPages.body("four"))));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }

        FileInputs.Batch b = new FileInputs().read(List.of(file));
        assertThat(b.articles()).extracting(RawArticle::input)
                .containsExactly("https://news.example/1", "https://news.example/3", file + " line 6");
        assertThat(b.articles().get(0).declared()).isEqualTo(new Declared("One", "2024-01-02", "Kim Park", null, null, null));
        assertThat(b.articles().get(1).format()).isEqualTo(RawArticle.Format.HTML);
        assertThat(b.articles().get(1).content()).isEqualTo(page);
        assertThat(b.rejected()).extracting(Rejection::input).containsExactly(file + " line 3", file + " line 4");
        assertThat(b.rejected().get(0).reason()).startsWith("not valid JSON");
        assertThat(b.rejected().get(1).reason()).isEqualTo("not a JSON object");
    }

    @Test
    void aLineOverTheLimitIsRejectedAndTheNextIsRead() throws IOException {
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, "{\"text\": \"" + "x".repeat(5000) + "\"}\n"
                + JSON.writeValueAsString(Map.of("text", TestPages.body("ok"))) + "\n");
        FileInputs.Batch b = new FileInputs(1000).read(List.of(file));
        assertThat(b.rejected()).containsExactly(new Rejection(file + " line 1",
                "line longer than the limit of 1000 characters"));
        assertThat(b.articles()).extracting(RawArticle::input).containsExactly(file + " line 2");
    }
}
