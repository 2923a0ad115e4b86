package dev.parallax.core.timeline;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.annotate.time.Precision;
import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.annotate.time.TimexType;
import dev.parallax.core.clean.SiteNotice;
import dev.parallax.core.brief.StandaloneFilter;
import dev.parallax.core.clean.Credits;
import dev.parallax.core.clean.StampLines;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds a story's timeline from its articles' normalised time expressions: one entry per dated
 * event, anchored to the sentence that dates it and showing the clause that carries the event
 * ({@link EventClause}), merged across outlets when two articles give the
 * same date in sentences that say the same (embedding cosine at the threshold), sorted by date.
 * Only calendar dates known to the day, month or year become entries, one per sentence (the
 * finest it gives); a dateline's date is the
 * article's publication, not an event, and is left out, as are a publication stamp in the body
 * ("(Published Monday, Nov. 18, 2019)"), a month or year named as a reference ({@link ReferenceDate}:
 * "the 2015 agreement", "the most since March 2012"), lines that tell no event ({@link Eventless}: an embedded
 * post's credit, a line of dates alone), notices of the site ("sign up today to get our newsletter",
 * {@link SiteNotice}), questions and sentences the caller excludes (off-topic
 * passages). An event dated before the story's earliest publication
 * day by more than {@value #NEWS_DAYS} days is background; without any publication date, before the
 * day its sentences date most often (the day of its news).
 */
public final class TimelineWriter {
    /** How many days before the first article an event may lie and still be the story's own news. */
    static final int NEWS_DAYS = 7;
    private static final int MAX_WORDS = 60;
    private final double sameEvent;

    /** @param sameEvent sentence cosine at which two sentences giving one date tell one event */
    public TimelineWriter(double sameEvent) {
        this.sameEvent = sameEvent;
    }

    /**
     * @param clause the span of the clause that carries the event ({@link EventClause})
     * @param text the clause's words, as the entry shows them
     * @param yearNamed whether the words give the year, or the tense and the publication date chose it
     */
    private record Dated(String date, TimelineEntry.Precision precision, String articleId, Sentence sentence,
                         Span clause, String text, boolean yearNamed) {
        Dated withDate(String d) {
            return new Dated(d, precision, articleId, sentence, clause, text, yearNamed);
        }
    }

    /**
     * @param articles the story's articles
     * @param excluded sentences to leave out (off-topic passages); by identity of the sentence
     */
    public List<TimelineEntry> write(List<AnnotatedArticle> articles, Predicate<Sentence> excluded) {
        List<Dated> dated = reconciled(dated(articles, excluded));
        LocalDate firstPublished = firstPublished(articles);
        if (firstPublished == null) {
            firstPublished = newsDay(dated);
        }
        List<List<Dated>> events = new ArrayList<>();
        for (Dated d : dated) {
            List<Dated> home = null;
            for (List<Dated> e : events) {
                Dated first = e.get(0);
                if (first.date().equals(d.date()) && (first.sentence() == d.sentence()
                        || Vectors.dot(first.sentence().vector(), d.sentence().vector()) >= sameEvent)) {
                    home = e;
                    break;
                }
            }
            if (home == null) {
                events.add(new ArrayList<>(List.of(d)));
            } else if (home.stream().noneMatch(x -> x.sentence() == d.sentence())) {
                home.add(d);
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (List<Dated> e : events) {
            Set<String> sources = new LinkedHashSet<>();
            List<SourceSpan> spans = new ArrayList<>();
            for (Dated d : e) {
                if (sources.add(d.articleId())) {
                    spans.add(new SourceSpan(d.articleId(), d.clause().start(), d.clause().end()));
                }
            }
            Dated first = e.get(0);
            out.add(new TimelineEntry(first.date(), first.precision(), first.text(), List.copyOf(sources), spans,
                    background(first.date(), firstPublished)));
        }
        out.sort(Comparator.comparing(TimelineEntry::date)); // stable: first appearance breaks ties
        return out;
    }

    private static List<Dated> dated(List<AnnotatedArticle> articles, Predicate<Sentence> excluded) {
        List<Dated> dated = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            int dateline = datelineEnd(a);
            for (TimeExpression t : a.times()) {
                TimelineEntry.Precision p = precision(t);
                if (p == null || t.span().start() < dateline
                        || p != TimelineEntry.Precision.DAY && ReferenceDate.is(a.article().text(), t)) {
                    continue;
                }
                Sentence s = a.sentenceAt(t.span().start());
                if (s == null || excluded.test(s) || s.text().strip().endsWith("?") || s.wordCount() > MAX_WORDS
                        || StampLines.isStamp(s.text()) || Eventless.isEventless(a, s) || SiteNotice.is(s.text())) {
                    continue;
                }
                Span clause = clause(a.article().text(), s, t);
                if (Eventless.onlyDates(a, clause)) {
                    continue;
                }
                Dated d = new Dated(calendarDate(t.value(), p), p, a.id(), s, clause,
                        StandaloneFilter.capitalised(clause.of(a.article().text())), yearNamed(t, a));
                // One date per sentence: the finest it gives ("on Saturday" over "in February").
                Dated same = dated.isEmpty() ? null : dated.get(dated.size() - 1);
                if (same != null && same.sentence() == s) {
                    if (p.ordinal() < same.precision().ordinal()) {
                        dated.set(dated.size() - 1, d);
                    }
                } else {
                    dated.add(d);
                }
            }
        }
        return dated;
    }

    /** The clause of {@code s} that carries the event {@code t} dates, without a dateline or a connective it opens on. */
    private static Span clause(String text, Sentence s, TimeExpression t) {
        Span clause = EventClause.of(text, s.span(), t.span());
        int start = clause.start() + Credits.datelineLength(clause.of(text));
        // a list's bullet ("* Obama won women …", "• …") is no word of the event
        while (start < clause.end() && (Character.isWhitespace(text.charAt(start)) || "*•·▪►–-".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        // "But their 1995 album …": the connective ties the sentence to one the timeline does not show.
        int connective = StandaloneFilter.connectiveLength(text.substring(start, clause.end()));
        if (start + connective < t.span().start()) {
            start += connective;
        }
        return new Span(start, clause.end());
    }

    /**
     * Years the words did not give, taken from another outlet that tells the same event with the
     * year named: "the rebels launched their offensive in August", read in April, could be last
     * August or the coming one; "… in August last year" in another article of the story settles it. Only
     * the year moves, and only to one named for the same month (and day) in a sentence that says
     * the same (cosine at the merging threshold).
     */
    private List<Dated> reconciled(List<Dated> dated) {
        List<Dated> out = new ArrayList<>(dated.size());
        for (Dated d : dated) {
            Dated named = d.yearNamed() || d.precision() == TimelineEntry.Precision.YEAR ? null : dated.stream()
                    .filter(o -> o.yearNamed() && o.precision() == d.precision() && !o.date().equals(d.date())
                            && o.date().substring(4).equals(d.date().substring(4))
                            && Vectors.dot(o.sentence().vector(), d.sentence().vector()) >= sameEvent)
                    .findFirst().orElse(null);
            out.add(named == null ? d : d.withDate(named.date()));
        }
        return out;
    }

    /** Whether the expression names its year, or its sentence does in another expression of that year ("in August, … last year"). */
    private static boolean yearNamed(TimeExpression t, AnnotatedArticle a) {
        if (t.namesItsYear()) {
            return true;
        }
        Sentence s = a.sentenceAt(t.span().start());
        String year = t.value().substring(0, 4);
        return a.times().stream().anyMatch(o -> o != t && o.value() != null && o.value().equals(year) && o.namesItsYear()
                && s != null && s.span().start() <= o.span().start() && o.span().end() <= s.span().end());
    }

    /**
     * The events that articles date differently: two sentences of different articles that tell
     * one event (cosine at {@code conflictThreshold}, stricter than merging) but give different
     * dates of the same precision. One discrepancy per event, one position per date.
     */
    public List<Discrepancy> conflicts(List<AnnotatedArticle> articles, Predicate<Sentence> excluded,
            double conflictThreshold) {
        List<Dated> dated = reconciled(dated(articles, excluded));
        List<Discrepancy> out = new ArrayList<>();
        Set<Dated> used = new java.util.HashSet<>();
        for (int i = 0; i < dated.size(); i++) {
            Dated x = dated.get(i);
            if (used.contains(x)) {
                continue;
            }
            java.util.Map<String, List<Dated>> byDate = new java.util.LinkedHashMap<>();
            byDate.computeIfAbsent(x.date(), k -> new ArrayList<>()).add(x);
            for (int j = i + 1; j < dated.size(); j++) {
                Dated y = dated.get(j);
                if (!used.contains(y) && !y.articleId().equals(x.articleId()) && y.precision() == x.precision()
                        && Vectors.dot(x.sentence().vector(), y.sentence().vector()) >= conflictThreshold) {
                    byDate.computeIfAbsent(y.date(), k -> new ArrayList<>()).add(y);
                }
            }
            if (byDate.size() < 2) {
                continue;
            }
            List<Discrepancy.Position> positions = new ArrayList<>();
            byDate.forEach((date, ds) -> {
                used.addAll(ds);
                positions.add(new Discrepancy.Position(ds.get(0).text(), date, ds.stream()
                        .map(d -> new SourceSpan(d.articleId(), d.sentence().span().start(), d.sentence().span().end()))
                        .toList()));
            });
            out.add(new Discrepancy(Discrepancy.Kind.DATE, x.text(), positions, Discrepancy.Verdict.CONFLICTING));
        }
        return out;
    }

    private static TimelineEntry.Precision precision(TimeExpression t) {
        if (t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return TimelineEntry.Precision.DAY; // "at 2 a.m. Wednesday": the day of the event, its hour aside
        }
        if (t.type() != TimexType.DATE || t.value() == null) {
            return null;
        }
        Precision p = t.precision();
        return switch (p) {
            case DAY -> t.value().matches("\\d{4}-\\d{2}-\\d{2}.*") ? TimelineEntry.Precision.DAY : null;
            case MONTH -> TimelineEntry.Precision.MONTH;
            case YEAR -> t.value().matches("\\d{4}") ? TimelineEntry.Precision.YEAR : null;
            default -> null;
        };
    }

    private static String calendarDate(String value, TimelineEntry.Precision p) {
        return switch (p) {
            case DAY -> value.substring(0, 10);
            case MONTH -> value.substring(0, 7);
            case YEAR -> value.substring(0, 4);
        };
    }

    private static boolean background(String date, LocalDate firstPublished) {
        if (firstPublished == null) {
            return false;
        }
        LocalDate limit = firstPublished.minusDays(NEWS_DAYS);
        // A month or year counts as background only when it ends before the limit.
        LocalDate end = switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
            case 7 -> LocalDate.parse(date + "-01").plusMonths(1).minusDays(1);
            default -> LocalDate.parse(date);
        };
        return end.isBefore(limit);
    }

    /**
     * For a story none of whose articles gives its publication date: the day its sentences date
     * most often (the latest of equals), as the day of its news; null without a dated day.
     */
    private static LocalDate newsDay(List<Dated> dated) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Dated d : dated) {
            if (d.precision() == TimelineEntry.Precision.DAY) {
                counts.merge(d.date(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(e -> LocalDate.parse(e.getKey())).orElse(null);
    }

    private static LocalDate firstPublished(List<AnnotatedArticle> articles) {
        LocalDate first = null;
        for (AnnotatedArticle a : articles) {
            String p = a.article().published();
            if (p != null && p.length() >= 10 && p.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(p.substring(0, 10));
                first = first == null || d.isBefore(first) ? d : first;
            }
        }
        return first;
    }

    /** Where the dateline of the article's first paragraph ends (0 without one). */
    private static int datelineEnd(AnnotatedArticle a) {
        String text = a.article().text();
        int para = text.indexOf('\n');
        return Credits.datelineLength(para < 0 ? text : text.substring(0, para));
    }
}
