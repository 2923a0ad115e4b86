package dev.parallax.server;

import dev.parallax.core.annotate.Embedder;
import dev.parallax.store.SearchIndex;
import dev.parallax.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Every route of the server: the JSON API under {@code /api}, the Atom feeds under {@code /feeds},
 * the web pages and their two static files. Handlers are small functions over the store, the
 * search index and the story desk; none holds domain logic.
 */
public final class Routes {
    private final Router router = new Router();

    /**
     * @param queryEmbedder embeds search queries for the semantic half of search; null for words only
     */
    public Routes(Store store, SearchIndex search, StoryDesk desk, Embedder queryEmbedder, ServerConfig config) {
        Reads reads = new Reads(store, search, queryEmbedder);
        ApiHandlers api = new ApiHandlers(reads, desk, config);
        WebHandlers web = new WebHandlers(reads);
        String css = resource("parallax.css");
        String js = resource("parallax.js");
        String openapi = resource("openapi.json");
        router.get("/api/stories", api::stories)
                .get("/api/stories/{id}", api::story)
                .get("/api/articles/{id}", api::article)
                .post("/api/articles", api::post)
                .get("/api/search", api::search)
                .get("/api/failures", api::failures)
                .get("/api/openapi.json", r -> Response.of("application/json", openapi))
                .get("/feeds/stories.atom", web::feed)
                .get("/", web::list)
                .get("/stories/{id}", web::story)
                .get("/articles/{id}", web::article)
                .get("/search", web::search)
                .get("/problems", web::problems)
                .get("/static/parallax.css", r -> Response.of("text/css; charset=utf-8", css))
                .get("/static/parallax.js", r -> Response.of("text/javascript; charset=utf-8", js));
    }

    Router router() {
        return router;
    }

    static String resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
