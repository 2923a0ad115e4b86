package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.ingest.FileInputs;
import dev.parallax.nlp.NlpModels;
import dev.parallax.server.ArticleMeta;
import dev.parallax.server.ParallaxServer;
import dev.parallax.server.Routes;
import dev.parallax.server.ServerConfig;
import dev.parallax.server.StoryDesk;
import dev.parallax.store.SearchIndex;
import dev.parallax.store.Store;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax backup} while a server runs on the store, then a restore: the backup file placed
 * as {@code parallax.db} in an empty folder serves the same stories, and search works again from the
 * index rebuilt at start-up.
 */
class BackupTest {
    private static final String TOKEN = "backup-test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBackupTakenWhileServingRestoresTheSameStories() throws Exception {
        Path live = tmp.resolve("live");
        Path backup = tmp.resolve("parallax-backup.db");
        Path seeds = Path.of(System.getProperty("parallax.shared", "../../shared"), "seeds");
        String stories;
        String firstStory;
        String firstView;
        try (Serving s = Serving.open(live)) {
            for (RawArticle raw : new FileInputs().read(List.of(seeds)).articles()) {
                s.desk.accept(raw, ArticleMeta.NONE);
            }
            stories = get(s.server.url(), "/api/stories");
            firstStory = JSON.readTree(stories).get("stories").get(0).get("id").asText();
            firstView = get(s.server.url(), "/api/stories/" + firstStory);

            DigestEndToEndTest.Run r = DigestEndToEndTest.run("backup", "--data", live.toString(), "--to", backup.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("integrity checked", "5 articles");

            DigestEndToEndTest.Run again = DigestEndToEndTest.run("backup", "--data", live.toString(), "--to", backup.toString());
            assertThat(again.exit()).isEqualTo(2);
            assertThat(again.err()).contains("exists already");
        }
        DigestEndToEndTest.Run none = DigestEndToEndTest.run("backup", "--data", tmp.resolve("nothing").toString(),
                "--to", tmp.resolve("x.db").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("holds no store");

        Path restored = Files.createDirectories(tmp.resolve("restored"));
        Files.copy(backup, restored.resolve("parallax.db"));
        try (Serving s = Serving.open(restored)) {
            assertThat(s.caughtUp).as("every article was assigned already").isZero();
            String base = s.server.url();
            assertThat(JSON.readTree(get(base, "/api/stories"))).isEqualTo(JSON.readTree(stories));
            assertThat(JSON.readTree(get(base, "/api/stories/" + firstStory))).isEqualTo(JSON.readTree(firstView));
            String word = JSON.readTree(firstView).get("headline").asText().split("\\s+")[0];
            JsonNode found = JSON.readTree(get(base, "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
            assertThat(found.get("stories")).extracting(n -> n.get("id").asText()).contains(firstStory);
        }
    }

    private String get(String base, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /** A store served on loopback with the real models, as {@code parallax serve} wires it. */
    private record Serving(Store store, SearchIndex index, StoryDesk desk, ParallaxServer server, int caughtUp)
            implements AutoCloseable {
        static Serving open(Path dir) throws Exception {
            Store store = Store.open(dir, Clock.systemUTC());
            SearchIndex index = SearchIndex.open(dir.resolve("index"));
            var embedder = NlpModels.embedder();
            StoryDesk desk = new StoryDesk(store, index, new ArticleCleaner(),
                    new Annotator(NlpModels.sentences(), embedder, NlpModels.languages()), DigestOptions.defaults());
            int caught = desk.catchUp();
            ServerConfig config = ServerConfig.loopback(0, TOKEN);
            return new Serving(store, index, desk, ParallaxServer.start(config, new Routes(store, index, desk, embedder, config)),
                    caught);
        }

        @Override
        public void close() {
            server.close();
            index.close();
            store.close();
        }
    }
}
