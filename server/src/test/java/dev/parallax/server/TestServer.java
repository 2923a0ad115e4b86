package dev.parallax.server;

import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.annotate.Embedder;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.store.SearchIndex;
import dev.parallax.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real server on an ephemeral loopback port over a real store and index. The annotator is a
 * light one that needs no model files (the nlp module is not a dependency of the server): sentences
 * split at end punctuation, vectors by feature hashing of lower-cased words, which keeps articles
 * about the same event close together.
 */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789abcdef";

    final Store store;
    final SearchIndex index;
    final StoryDesk desk;
    final ParallaxServer server;
    final HttpClient http = HttpClient.newHttpClient();

    TestServer(Path dir) throws IOException {
        store = Store.open(dir, Clock.systemUTC());
        index = SearchIndex.open(dir.resolve("index"));
        Embedder embedder = new HashingEmbedder();
        desk = new StoryDesk(store, index, new ArticleCleaner(),
                new Annotator(TestServer::sentences, embedder, text -> Optional.of("en")), DigestOptions.defaults());
        desk.catchUp();
        ServerConfig config = new ServerConfig(ServerConfig.LOOPBACK, 0, TOKEN, 64 * 1024, 20);
        server = ParallaxServer.start(config, new Routes(store, index, desk, embedder, config));
    }

    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^.!?\\n]+[.!?]*").matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
        }
        return out;
    }

    /** Bag of words hashed into 256 dimensions, unit length. */
    static final class HashingEmbedder implements Embedder {
        @Override
        public float[][] embed(List<String> texts) {
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                float[] v = new float[256];
                for (String w : texts.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (w.length() > 2) {
                        v[Math.floorMod(w.hashCode(), 256)] += 1;
                    }
                }
                v[0] += 1e-3f;
                out[i] = Vectors.unit(v);
            }
            return out;
        }

        @Override
        public int dimensions() {
            return 256;
        }
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        index.close();
        store.close();
    }
}
