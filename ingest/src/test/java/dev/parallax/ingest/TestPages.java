package dev.parallax.ingest;

import java.util.Locale;

/** Article pages for tests: each body is long enough to be an article and different per seed. */
final class TestPages {
    private TestPages() {}

    static String body(String seed) {
        return String.format(Locale.ROOT, "The harbour authority of %1$s said on Tuesday that the new ferry line will open in"
                + " spring after two years of delays, with six crossings a day and lower fares for residents who travel to"
                + " work on the mainland. Officials in %1$s told reporters that the first vessel passed its sea trials last"
                + " week and that a second one is being built at a yard further down the coast.", seed);
    }

    static String html(String seed, String title) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1><p>"
                + body(seed) + "</p></article><footer>Copyright</footer></body></html>";
    }
}
