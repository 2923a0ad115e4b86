package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.Article;
import dev.parallax.core.article.Rejection;
import dev.parallax.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax ingest --urls} against pages served on loopback. */
class IngestUrlsTest {
    @TempDir
    Path tmp;

    NewsSite site;

    @BeforeEach
    void start() throws IOException {
        site = new NewsSite("Storm reaches");
        site.files.put("/robots.txt", Map.entry("text/plain", "User-agent: *\nDisallow: /secret/\n".getBytes(StandardCharsets.UTF_8)));
        site.files.put("/logo.png", Map.entry("image/png", new byte[] {1, 2, 3}));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    String url(String path) {
        return site.url(path);
    }

    @Test
    void fetchesListedPagesAndRecordsEveryFailureWithItsUrl() throws IOException {
        Path list = Files.writeString(tmp.resolve("urls.txt"), String.join("\n", "# my outlets",
                url("/news/Oslo"), url("/news/Lima"), "", url("/secret/x"), url("/missing"), url("/logo.png"),
                "ftp://example.org/file") + "\n");
        Path data = tmp.resolve("store");
        DigestEndToEndTest.Run run = DigestEndToEndTest.run("ingest", "--urls", list.toString(), "--data", data.toString(),
                "--allow-private-addresses", "--host-delay-ms", "0");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("Stored 2 new articles", "4 inputs rejected",
                "rejected " + url("/secret/x") + ": disallowed by", "rejected " + url("/missing") + ": HTTP 404",
                "rejected " + url("/logo.png") + ": not an article page: the server sent image/png",
                "rejected ftp://example.org/file: not an http or https URL");
        try (Store store = Store.open(data, Clock.systemUTC())) {
            assertThat(store.articles()).extracting(Article::input).containsExactly(url("/news/Oslo"), url("/news/Lima"));
            assertThat(store.articles().get(0).title()).isEqualTo("Storm reaches Oslo");
            assertThat(store.rejections()).extracting(Rejection::input)
                    .containsExactly(url("/secret/x"), url("/missing"), url("/logo.png"), "ftp://example.org/file");
        }
    }

    @Test
    void refusesLoopbackUnlessAllowed() throws IOException {
        Path list = Files.writeString(tmp.resolve("urls.txt"), url("/news/Oslo") + "\n");
        DigestEndToEndTest.Run run = DigestEndToEndTest.run("ingest", "--urls", list.toString(),
                "--data", tmp.resolve("store").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("refused to connect to 127.0.0.1", "Stored 0 new articles");
        assertThat(List.of(run.out())).noneMatch(o -> o.contains("Stored 1"));
    }
}
