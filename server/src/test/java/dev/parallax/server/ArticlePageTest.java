package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.core.article.Article;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article page and API show the update an article states beside its publication. */
class ArticlePageTest {
    private static final String BODY = "<p>The central bank raised its main interest rate by half a point on Monday, the third "
            + "increase this year, as inflation stayed well above its target for a sixth month.</p><p>The governor said "
            + "further increases could follow if prices kept rising at the current pace, and markets fell.</p>";

    @TempDir
    Path dir;

    private static String page(String head) {
        return "<html><head>" + head + "</head><body><article><h1>Central bank raises rates again</h1>" + BODY
                + "</article></body></html>";
    }

    @Test
    void showsTheUpdateReadFromThePageThroughStoreAndServer() throws Exception {
        try (TestServer s = new TestServer(dir)) {
            HttpResponse<String> posted = s.post("/api/articles?url=" + Pages.enc("https://example.org/rates"), "text/html",
                    page("<meta property=\"article:published_time\" content=\"2020-06-07T10:00:00+03:00\">"
                            + "<meta property=\"og:updated_time\" content=\"2020-06-08T12:30:00+03:00\">"), TestServer.TOKEN);
            assertThat(posted.statusCode()).isEqualTo(201);
            JsonNode receipt = StoryJson.MAPPER.readTree(posted.body()).get("receipts").get(0);
            String article = receipt.get("article").asText();

            Document html = Jsoup.parse(s.get("/articles/" + article).body());
            assertThat(html.select(".meta-list dt").eachText()).contains("Published", "Updated");
            assertThat(html.select(".meta-list dd").eachText()).contains("2020-06-07T10:00+03:00", "2020-06-08T12:30+03:00");
            assertThat(Jsoup.parse(s.get("/stories/" + receipt.get("story").asText()).body()).select(".sources").text())
                    .contains("updated 2020-06-08T12:30+03:00");
            JsonNode api = StoryJson.MAPPER.readTree(s.get("/api/articles/" + article).body()).get("article");
            assertThat(api.get("updated").asText()).isEqualTo("2020-06-08T12:30+03:00");
        }
    }

    @Test
    void aPublicationTheClientGivesDropsAnEarlierUpdate() throws Exception {
        try (TestServer s = new TestServer(dir)) {
            HttpResponse<String> posted = s.post("/api/articles?published=2020-06-09", "text/html",
                    page("<meta property=\"article:modified_time\" content=\"2020-06-08T12:30:00+03:00\">"), TestServer.TOKEN);
            String article = StoryJson.MAPPER.readTree(posted.body()).get("receipts").get(0).get("article").asText();
            assertThat(s.store.article(article).orElseThrow().updated()).isNull();
            assertThat(s.store.article(article).orElseThrow().published()).isEqualTo("2020-06-09");
        }
    }

    @Test
    void escapesTheUpdateAndLeavesOutOneEqualToThePublication() {
        String hostile = "2024-01-01<script>alert(1)</script>";
        Article a = new Article("a-1", "in.html", "Title", null, null, null, null, "2024-01-01", null, "Body text.", hostile);
        String html = ArticlePage.render(a, List.of(), null);
        HostileContentTest.assertInert(html, "article page");
        assertThat(Jsoup.parse(html).select(".meta-list dd").eachText()).contains(hostile);

        Article same = new Article("a-2", "in.html", "Title", null, null, null, null, "2024-01-01", null, "Body.", "2024-01-01");
        assertThat(Jsoup.parse(ArticlePage.render(same, List.of(), null)).select(".meta-list dt").eachText())
                .doesNotContain("Updated");
    }
}
