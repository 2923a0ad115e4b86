package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Scraped content is hostile: whatever an article holds renders inert in every page and feed. */
class HostileContentTest {
    private static final Pattern EVENT_HANDLER_IN_TAG = Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE);
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String LINK = "<a href=\"javascript:alert(2)\">click</a>";
    static final String LOOKALIKE = "&lt;script&gt;alert(3)&lt;/script&gt; ＜script＞ </textarea></title><!--";

    @TempDir
    Path dir;

    @Test
    void hostileArticleRendersInertEverywhere() throws Exception {
        String body = "Rescue teams reached the flooded valley on Monday " + SCRIPT + " and officials said " + IMG
                + " thousands of residents had left their homes. The governor declared an emergency " + LINK
                + " and asked the army for help with the evacuation. " + LOOKALIKE + " More rain is expected on Tuesday "
                + "across the whole region, forecasters said.";
        String json = "{\"url\":\"https://example.org/x?a=\\\"><script>alert(4)</script>\",\"title\":"
                + StoryJson.write(SCRIPT + " Valley " + IMG) + ",\"outlet\":" + StoryJson.write(LINK) + ",\"text\":"
                + StoryJson.write(body) + "}";
        try (TestServer s = new TestServer(dir)) {
            HttpResponse<String> posted = s.post("/api/articles", "application/json", json, TestServer.TOKEN);
            assertThat(posted.statusCode()).isEqualTo(201);
            JsonNode receipt = StoryJson.MAPPER.readTree(posted.body()).get("receipts").get(0);
            String story = receipt.get("story").asText();
            String article = receipt.get("article").asText();

            List<String> pages = new ArrayList<>();
            s.post("/api/articles", "application/json", "{\"input\":" + StoryJson.write(SCRIPT + IMG + LINK) + ",\"text\":"
                    + StoryJson.write("Short " + LOOKALIKE) + "}", TestServer.TOKEN);
            java.time.Instant now = java.time.Instant.now();
            s.store.feeds().save(new dev.parallax.core.source.FeedState("https://x.example/\"><script>alert(5)</script>",
                    null, null, java.time.Duration.ofMinutes(5), now, now, "bad feed " + IMG + LINK + LOOKALIKE, 1));
            HttpResponse<String> problems = s.get("/problems");
            assertInert(problems.body(), "/problems");
            assertThat(Jsoup.parse(problems.body()).select(".problems").text()).contains(SCRIPT, IMG, LINK, "alert(5)");
            JsonNode failures = StoryJson.MAPPER.readTree(s.get("/api/failures").body());
            assertThat(failures.get("rejections").get(0).get("input").asText()).isEqualTo(SCRIPT + IMG + LINK);

            for (String path : List.of("/", "/stories/" + story, "/articles/" + article + "?story=" + story + "&hl=5-40",
                    "/search?q=" + Pages.enc(SCRIPT + " valley"), "/?entity=" + Pages.enc(SCRIPT),
                    "/?q=" + Pages.enc(IMG), "/stories/" + Pages.enc("<svg>"))) {
                HttpResponse<String> r = s.get(path);
                assertThat(r.headers().firstValue("content-security-policy")).hasValue(ParallaxServer.CSP);
                assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
                pages.add(r.body());
                assertInert(r.body(), path);
            }
            assertThat(Jsoup.parse(pages.get(1)).getElementById("headline").text()).contains(SCRIPT);
            assertThat(Jsoup.parse(pages.get(2)).select(".text").text()).contains(SCRIPT, IMG, LINK);

            HttpResponse<String> feed = s.get("/feeds/stories.atom?q=" + Pages.enc("valley " + SCRIPT));
            assertThat(feed.headers().firstValue("content-type")).get().asString().startsWith("application/atom+xml");
            org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
            NodeList titles = xml.getElementsByTagName("title");
            assertThat(xml.getElementsByTagName("script").getLength()).isZero();
            assertThat(xml.getElementsByTagName("img").getLength()).isZero();
            assertThat(titles.item(0).getTextContent()).contains(SCRIPT);
            assertThat(titles.item(1).getTextContent()).contains(SCRIPT, IMG);
        }
    }

    static void assertInert(String html, String where) {
        // Quoted attribute values hold escaped text (a search box shows the query), so look outside them.
        assertThat(EVENT_HANDLER_IN_TAG.matcher(html.replaceAll("\"[^\"]*\"", "\"\"")).find()).as(where).isFalse();
        assertThat(html).as(where).doesNotContain("<script>", "<img", "href=\"javascript:");
        Document doc = Jsoup.parse(html);
        for (Element e : doc.select("script")) {
            assertThat(e.attr("src")).as(where).isEqualTo("/static/parallax.js");
            assertThat(e.data()).as(where).isEmpty();
        }
        assertThat(doc.select("img, iframe, object, embed, textarea")).as(where).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as(where).doesNotStartWith("on");
                assertThat(a.getValue().strip().toLowerCase()).as(where).doesNotStartWith("javascript:");
            }
        }
    }
}
