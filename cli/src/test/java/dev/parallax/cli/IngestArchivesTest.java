package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.article.Article;
import dev.parallax.store.Store;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code parallax ingest} of a web archive and of JSON dumps, end to end into the store. */
class IngestArchivesTest {
    @TempDir
    Path tmp;

    static String body(String place) {
        return "Rescue teams in " + place + " reached the last villages cut off by the flood on Sunday, the regional"
                + " government said, after three days in which roads and bridges were closed. Engineers in " + place
                + " will inspect every bridge before traffic is allowed back, and schools stay shut until Wednesday.";
    }

    @Test
    void ingestsAWebArchiveWithCaptureDatesAndCountsSkippedRecords() throws IOException {
        Path warc = tmp.resolve("news.warc.gz");
        Instant captured = Instant.parse("2024-06-01T10:00:00Z");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (String place : List.of("Aden", "Brno")) {
                URI uri = URI.create("https://example.org/" + place);
                w.write(new WarcRequest.Builder(uri).date(captured).body(new HttpRequest.Builder("GET", "/" + place).build()).build());
                String html = "<html><head><title>Flood in " + place + "</title></head><body><article><p>" + body(place)
                        + "</p></article></body></html>";
                w.write(new WarcResponse.Builder(uri).date(captured).body(new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build()).build());
            }
        }
        Path data = tmp.resolve("store");
        DigestEndToEndTest.Run run = DigestEndToEndTest.run("ingest", warc.toString(), "--data", data.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("skipped 2 × WARC request record", "Stored 2 new articles");

        try (Store store = Store.open(data, Clock.systemUTC())) {
            assertThat(store.articles()).extracting(Article::input)
                    .containsExactly("https://example.org/Aden", "https://example.org/Brno");
            assertThat(store.articles()).allSatisfy(a -> assertThat(a.published()).startsWith("2024-06-01"));
        }
        DigestEndToEndTest.Run again = DigestEndToEndTest.run("ingest", warc.toString(), "--data", data.toString());
        assertThat(again.out()).contains("Stored 0 new articles", "2 already there");
    }

    @Test
    void ingestsNewsPleaseJsonAndJsonLinesWithTheirMetadata() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> np = new LinkedHashMap<>();
        np.put("url", "https://example.org/np");
        np.put("title", "Flood waters recede in Cork");
        np.put("maintext", body("Cork"));
        np.put("date_publish", "2024-06-02 08:15:00");
        np.put("authors", List.of("Ana Lima"));
        np.put("language", "en");
        np.put("source_domain", "example.org");
        Path newsPlease = tmp.resolve("np.json");
        json.writeValue(newsPlease.toFile(), np);
        Path lines = tmp.resolve("dump.jsonl");
        Files.writeString(lines, json.writeValueAsString(Map.of("url", "https://example.org/jl", "title", "Flood in Derry",
                "text", body("Derry"), "published", "2024-06-03")) + "\n{broken\n");

        Path data = tmp.resolve("store");
        DigestEndToEndTest.Run run = DigestEndToEndTest.run("ingest", newsPlease.toString(), lines.toString(),
                "--data", data.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("rejected " + lines + " line 2: not valid JSON", "Stored 2 new articles",
                "1 input rejected");
        try (Store store = Store.open(data, Clock.systemUTC())) {
            Article a = store.articles().get(0);
            assertThat(a.input()).isEqualTo("https://example.org/np");
            assertThat(a.title()).isEqualTo("Flood waters recede in Cork");
            assertThat(a.published()).isEqualTo("2024-06-02T08:15"); // a time without a zone stays a local time
            assertThat(a.byline()).isEqualTo("Ana Lima");
            assertThat(a.outlet()).isEqualTo("example.org");
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.text()).isEqualTo(body("Cork"));
            assertThat(store.articles().get(1).published()).isEqualTo("2024-06-03");
            assertThat(store.rejections()).hasSize(1);
        }
    }
}
