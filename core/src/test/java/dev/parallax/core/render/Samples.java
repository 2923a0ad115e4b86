package dev.parallax.core.render;

import dev.parallax.core.article.Rejection;
import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.Digest;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.Generator;
import dev.parallax.core.digest.Quote;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.StoryView;
import dev.parallax.core.digest.TimelineEntry;
import java.util.List;

/** Hand-built digests for the render tests. */
final class Samples {
    static final String HEADLINE = "Storm floods the Rhône valley";
    static final String BRIEF_1 = "Heavy rain flooded towns along the Rhône on Tuesday.";
    static final String BRIEF_2 = "Officials said 12 people were missing.";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SVG = "\"><svg onload=alert(1)>";
    static final String JS_URL = "javascript:alert(1)";

    private Samples() {}

    /** Every field filled, every list non-empty, with non-ASCII text and a line separator. */
    static Digest full() {
        String textA = "Heavy rain flooded towns along the Rhône on Tuesday.\n\nOfficials said 12 people were missing.";
        String textB = "Heavy rain flooded towns along the Rhône on Tuesday.\n\nThe mayor said: “We need help.”";
        String textC = "Officials said 15 people were missing.\u2028Rescue work goes on — 救援.";
        List<ArticleView> articles = List.of(
                new ArticleView("a-000000000001", "/data/wire/storm.html", "Storm floods Rhône valley", "Agence Wire",
                        "AW", "Marie Dupont", "LYON", "2024-05-07", "en", null, textA),
                new ArticleView("a-000000000002", "https://example.org/news/storm-rhone.html?ref=rss",
                        "Rhône floods: towns under water", "Daily Example", "AW", "Staff", "Lyon",
                        "2024-05-07T09:30:00+02:00", "2024-05-07T11:00+02:00", "en", "a-000000000001", textB),
                new ArticleView("a-000000000003", "/data/other/story.txt", "Missing after floods", "The Other Paper",
                        "Other Agency", "J. Smith", "Valence", "2024-05-08T06:00Z", "2024-05-09T07:15Z", "en", null, textC));
        List<BriefSentence> brief = List.of(
                new BriefSentence(BRIEF_1, List.of("a-000000000001", "a-000000000003"), List.of()),
                new BriefSentence(BRIEF_2, List.of("a-000000000001"), List.of()));
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry("2024-05-07", TimelineEntry.Precision.DAY, "Rain floods towns", List.of("a-000000000001")),
                new TimelineEntry("2024-05", TimelineEntry.Precision.MONTH, "Rescue work", List.of("a-000000000003")));
        List<Claim> claims = List.of(
                new Claim("Heavy rain flooded towns along the Rhône on Tuesday.",
                        List.of(new SourceSpan("a-000000000001", 0, 52), new SourceSpan("a-000000000003", 0, 10)),
                        2, Claim.Status.CORROBORATED),
                new Claim("The mayor asked for help.", List.of(new SourceSpan("a-000000000002", 54, 84)),
                        1, Claim.Status.SINGLE_SOURCE),
                new Claim("12 people were missing.", List.of(new SourceSpan("a-000000000001", 54, 92)),
                        1, Claim.Status.DISPUTED));
        List<Discrepancy> discrepancies = List.of(new Discrepancy(Discrepancy.Kind.QUANTITY, "people missing",
                List.of(new Discrepancy.Position("12 people", "12", List.of(new SourceSpan("a-000000000001", 69, 78))),
                        new Discrepancy.Position("15 people", "15", List.of(new SourceSpan("a-000000000003", 15, 24)))),
                Discrepancy.Verdict.CONFLICTING));
        List<Quote> quotes = List.of(new Quote("the mayor", "We need help.", List.of("We need help now."),
                List.of("AW"), List.of(new SourceSpan("a-000000000002", 70, 83)), "a-000000000002", false));
        List<Entity> entities = List.of(new Entity("Rhône", "LOCATION", List.of("Rhone"),
                List.of("a-000000000001", "a-000000000002")));
        StoryView story = new StoryView("s-0000000001", HEADLINE, articles, brief, timeline, claims,
                discrepancies, quotes, entities);
        StoryView second = new StoryView("s-0000000002", "A second story", List.of(new ArticleView("a-000000000009",
                "/data/x.html", "Other", null, null, null, null, "2024-05-09", "fr", null, "Texte.")),
                List.of(new BriefSentence("Texte.", List.of("a-000000000009"), List.of())), List.of(), List.of(), List.of(),
                List.of(), List.of());
        return new Digest(new Generator("parallax", "0.1.0-test"), List.of(story, second),
                List.of(new Rejection("/data/empty.html", "no article text found")));
    }

    /** Unknown values null and every optional list empty. */
    static Digest sparse() {
        ArticleView article = new ArticleView("a-00000000000a", "notes.txt", null, null, null, null, null, null,
                null, null, "Just a body.");
        StoryView story = new StoryView("s-000000000a", null, List.of(article), List.of(), List.of(), List.of(),
                List.of(new Discrepancy(Discrepancy.Kind.OTHER, null,
                        List.of(new Discrepancy.Position("x", null, List.of())), Discrepancy.Verdict.CONSISTENT)),
                List.of(new Quote(null, "Hm.", List.of(), List.of(), List.of(), null, true)),
                List.of(new Entity("Somebody", null, List.of(), List.of())));
        return new Digest(new Generator("parallax", "unknown"), List.of(story), List.of());
    }

    /** No stories and no rejections at all. */
    static Digest empty() {
        return new Digest(new Generator("parallax", "unknown"), List.of(), List.of());
    }

    /** Scraped text that tries to inject markup everywhere it can. */
    static Digest hostile() {
        String all = SCRIPT + " " + IMG + " " + SVG;
        ArticleView article = new ArticleView("a-0000000000ff", JS_URL, all, all, all, all, all, "2024-01-01T00:00Z", all, null,
                all + "\n\n" + SCRIPT + "\n\n[x](javascript:alert(1)) `code` *b* _i_ | # h");
        ArticleView copy = new ArticleView("a-0000000000fe", "javascript:alert(2)//evil.example/<b>", all, null,
                null, null, null, "2024-01-01", null, "a-0000000000ff", IMG);
        List<String> ids = List.of("a-0000000000ff");
        SourceSpan span = new SourceSpan("a-0000000000ff", 0, 5);
        StoryView story = new StoryView("s-00000000ff", all, List.of(article, copy),
                List.of(new BriefSentence(all, ids, List.of()), new BriefSentence("# " + IMG, ids, List.of())),
                List.of(new TimelineEntry("2024-01-01", TimelineEntry.Precision.DAY, all, ids)),
                List.of(new Claim(all, List.of(span), 2, Claim.Status.CORROBORATED, all, List.of(all))),
                List.of(new Discrepancy(Discrepancy.Kind.DENIAL, all,
                        List.of(new Discrepancy.Position(all, all, List.of(span))), Discrepancy.Verdict.CONFLICTING)),
                List.of(new Quote(all, all, List.of(all), List.of(all), List.of(span), span.article(), true)),
                List.of(new Entity(all, all, List.of(all), ids)));
        return new Digest(new Generator(all, all), List.of(story),
                List.of(new Rejection(JS_URL, all), new Rejection(all, all)));
    }
}
