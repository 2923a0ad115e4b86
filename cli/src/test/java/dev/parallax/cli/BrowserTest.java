package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in real headless Chromium over a real server with the real models: ingest the seeds,
 * open the story list, open the story, click a citation and see its span highlighted (and
 * focused) in the article; the story page also at phone width. Screenshots go to
 * {@code target/screenshots}. Skipped only outside CI when Chromium is not installed.
 */
class BrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    @Test
    void citationOpensTheArticleAtTheHighlightedSpan() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(Chromium.BINARY), "no " + Chromium.BINARY);
        }
        Path seeds = Path.of(System.getProperty("parallax.shared", "../../shared"), "seeds");
        String token = "browser-test-token-0123456789";
        try (Store store = Store.open(dir, Clock.systemUTC()); SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            var embedder = NlpModels.embedder();
            StoryDesk desk = new StoryDesk(store, index, new ArticleCleaner(),
                    new Annotator(NlpModels.sentences(), embedder, NlpModels.languages()), DigestOptions.defaults());
            for (RawArticle raw : new FileInputs().read(List.of(seeds)).articles()) {
                desk.accept(raw, ArticleMeta.NONE);
            }
            ServerConfig config = ServerConfig.loopback(0, token);
            try (ParallaxServer server = ParallaxServer.start(config, new Routes(store, index, desk, embedder, config));
                 Chromium browser = Chromium.launch(1280, 900)) {
                browser.open(server.url() + "/");
                assertThat(browser.eval("document.querySelectorAll('li.story').length").asInt()).isPositive();
                assertThat(browser.eval("document.querySelector('li.story .meta').textContent").asText())
                        .contains("independent source", "outlet", "updated");
                browser.screenshot(SHOTS.resolve("story-list.png"));

                browser.click("li.story h2 a");
                browser.waitFor("location.pathname.startsWith('/stories/') && document.querySelector('a.chip')");
                assertThat(browser.eval("document.querySelector('svg.matrix') !== null").asBoolean()).isTrue();
                browser.screenshot(SHOTS.resolve("story-page.png"));
                // The chip of the article the first sentence's wording was taken from.
                String sentence = browser.eval("document.querySelector('p.brief .sentence').textContent").asText();
                browser.click("p.brief .sentence ~ a.chip.origin");
                browser.waitFor("location.pathname.startsWith('/articles/') && document.getElementById('hl')");
                assertThat(browser.eval("location.hash").asText()).isEqualTo("#hl");
                String highlighted = browser.eval("document.getElementById('hl').textContent").asText();
                assertThat(highlighted.replaceAll("\\s+", " ").strip()).isEqualTo(sentence.replaceAll("\\s+", " ").strip());
                assertThat(browser.eval("getComputedStyle(document.getElementById('hl')).backgroundColor").asText())
                        .isNotIn("rgba(0, 0, 0, 0)", "transparent");
                assertThat(browser.eval("(() => { const r = document.getElementById('hl').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= innerHeight; })()").asBoolean()).isTrue();
                browser.waitFor("document.activeElement && document.activeElement.id === 'hl'");
                browser.screenshot(SHOTS.resolve("article-highlight.png"));
            }
            try (ParallaxServer server = ParallaxServer.start(ServerConfig.loopback(0, token),
                    new Routes(store, index, desk, embedder, ServerConfig.loopback(0, token)));
                 Chromium phone = Chromium.launch(390, 844)) {
                String story = store.stories().list(dev.parallax.store.StoryFilter.newest(1)).get(0).id();
                phone.open(server.url() + "/stories/" + story);
                assertThat(phone.eval("document.documentElement.scrollWidth <= innerWidth").asBoolean())
                        .as("no sideways scrolling at phone width").isTrue();
                phone.screenshot(SHOTS.resolve("story-page-phone.png"));
            }
        }
    }
}
