package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.store.SearchIndex;
import dev.parallax.store.Store;
import dev.parallax.store.StoryFilter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a real {@code parallax serve} in a child JVM takes articles over the API and is
 * killed with SIGKILL in the middle; after a restart every acknowledged article is there exactly
 * once, every stored article belongs to exactly one story, and each story's view lists exactly its
 * members.
 */
class CrashTest {
    private static final String TOKEN = "crash-test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedArticleSurvivesSigkill() throws Exception {
        Process server = start();
        String url = url(server);
        HttpClient http = HttpClient.newHttpClient();
        List<String> acknowledged = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; acknowledged.size() < 12; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(article(random, i))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(201);
            acknowledged.add(JSON.readTree(r.body()).get("receipts").get(0).get("article").asText());
        }
        // Keep posting from another thread and kill the process while requests are in flight.
        Thread more = Thread.ofVirtual().start(() -> {
            for (int i = 100; i < 200; i++) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/articles"))
                            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofString(article(new Random(i), i))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 201) {
                        synchronized (acknowledged) {
                            acknowledged.add(JSON.readTree(r.body()).get("receipts").get(0).get("article").asText());
                        }
                    }
                } catch (Exception e) {
                    return; // the server is gone
                }
            }
        });
        Thread.sleep(1500);
        server.destroyForcibly(); // SIGKILL on Linux
        server.waitFor(30, TimeUnit.SECONDS);
        more.join(30_000);

        Process again = start(); // assigns what the killed process stored but had not assigned
        url(again);
        again.destroy(); // SIGTERM: a clean shutdown
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (Store store = Store.open(dir, Clock.systemUTC())) {
            List<String> ids = store.articles().stream().map(a -> a.id()).toList();
            synchronized (acknowledged) {
                assertThat(ids).containsAll(acknowledged);
            }
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
            Map<String, String> assigned = store.stories().assignments();
            assertThat(assigned.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            Set<String> seen = new HashSet<>();
            for (var row : store.stories().list(StoryFilter.newest(500))) {
                JsonNode view = JSON.readTree(store.stories().viewJson(row.id()).orElseThrow());
                Set<String> members = new HashSet<>();
                view.get("articles").forEach(a -> members.add(a.get("id").asText()));
                Set<String> stored = new HashSet<>();
                assigned.forEach((a, s) -> {
                    if (s.equals(row.id())) {
                        stored.add(a);
                    }
                });
                assertThat(members).as("story %s", row.id()).isEqualTo(stored);
                assertThat(java.util.Collections.disjoint(members, seen)).as("story %s shares no article", row.id()).isTrue();
                seen.addAll(members);
            }
        }
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            assertThat(index.documents("article")).isEqualTo(seenCount());
        }
    }

    private int seenCount() {
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            return store.articleCount();
        }
    }

    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), ParallaxCli.class.getName(), "serve", "--data", dir.toString(),
                "--port", "0", "--token", TOKEN).redirectErrorStream(true).start();
    }

    private static final Pattern SERVING = Pattern.compile("at (http://\\S+)/$");

    /** Reads the child's output until it says where it serves. */
    private static String url(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = SERVING.matcher(line.strip());
            if (line.startsWith("Parallax serves") && m.find()) {
                Thread.ofVirtual().start(() -> {
                    try {
                        out.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException e) {
                        // the process was killed
                    }
                });
                return m.group(1);
            }
        }
        throw new IllegalStateException("the server exited before serving");
    }

    private static final String[] WORDS = ("river valley flood rain rescue team village road bridge mayor council "
            + "storm water boat army emergency school hospital power line farm harvest market price fuel train station "
            + "court judge trial vote election minister budget tax port ship cargo strike union wage").split(" ");

    /** A made-up article of six sentences about one of a few topics, distinct for each seed. */
    static String article(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 6; s++) {
            b.append("Report ").append(n).append(" says the");
            for (int w = 0; w < 12; w++) {
                b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            }
            b.append(" on day ").append(r.nextInt(1000)).append(".\n");
        }
        return b.toString();
    }
}
