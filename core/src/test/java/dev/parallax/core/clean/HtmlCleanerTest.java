package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
    private static final String PAGE = """
            <!doctype html><html><head><title>Quake hits coast | Daily Example</title>
            <meta property="og:title" content="Quake hits coast, dozens hurt">
            <meta property="og:site_name" content="Daily Example">
            <meta property="article:published_time" content="2024-01-02T08:30:00+01:00">
            <script>var tracking = "Do not include this script text.";</script></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <main><article><h1>Quake hits coast, dozens hurt</h1>
            <p>A strong earthquake struck the coast early on Tuesday, injuring dozens of people and damaging homes.</p>
            <p>Officials said at least 40 people were taken to hospital, most with minor injuries.</p>
            <p>"The shaking lasted almost a minute," said a shopkeeper in the harbour town.</p>
            <p>Read more: <a href="/x">Earlier quakes in the region and what geologists expect next</a></p>
            </article>
            <aside><p>Most read: a long list of other stories that should never appear in the article body.</p></aside></main>
            <footer><p>Copyright 2024 Daily Example. All rights reserved.</p></footer></body></html>
            """;

    @Test
    void extractsBodyAndMetadata() {
        Extracted e = new HtmlCleaner().clean(PAGE, "https://example.org/quake");
        assertThat(e.title()).isEqualTo("Quake hits coast, dozens hurt");
        assertThat(e.outlet()).isEqualTo("Daily Example");
        assertThat(e.published()).isEqualTo("2024-01-02T08:30+01:00");
        assertThat(e.text()).contains("A strong earthquake struck", "at least 40 people", "The shaking lasted");
        assertThat(e.text()).doesNotContain("tracking", "Home", "Most read", "Copyright", "Earlier quakes");
    }

    @Test
    void readsBlocksOfTextWithoutParagraphMarkup() {
        String page = "<html><body><div><a href=\"/\">Menu</a></div><div>Local council votes to expand the bus network next year, "
                + "adding twelve routes and doubling evening service across the county after a long review.</div>"
                + "<div>The plan will cost an estimated four million pounds over three years, the council said in a statement.</div>"
                + "</body></html>";
        Extracted e = new HtmlCleaner().clean(page, null);
        assertThat(e.text()).contains("Local council votes", "four million pounds").doesNotContain("Menu");
    }
}
