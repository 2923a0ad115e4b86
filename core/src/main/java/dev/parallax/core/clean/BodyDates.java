package dev.parallax.core.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the publication date in what a page shows: the date written closest to the headline,
 * dates in elements whose class or id names a date or a byline (in several languages, outside
 * footers, navigation and sidebars), dates in the headline itself, and the most frequent date of
 * the visible text. Only dates the given filter accepts are taken.
 */
final class BodyDates {
    private BodyDates() {}

    /** Class/id fragments of elements that hold an article's date, the most telling first. */
    private static final List<String> DATE_CONTEXTS = List.of(
            "[class~=(?i)date|datum|fecha|dateline|timestamp|pubtime|publish|posted|submitted], "
                    + "[id~=(?i)date|datum|fecha|publish|pubtime]",
            "[class~=(?i)byline|post-meta|postmeta|entry-meta|article-meta|article-info|meta-info|"
                    + "article__info|news-info|time|zeit|hora|data], [id~=(?i)time|byline]",
            "[class~=(?i)author|autor|meta|info|details|source|subtitle], small");
    private static final int MAX_TEXT = 160;
    private static final int AFTER = 400;
    private static final int BEFORE = 200;
    private static final int PROSE_WORDS = 8;

    /** The first accepted date in an element that names a date, searched by context group and document order. */
    static Optional<LocalDate> inDateElements(Document doc, boolean monthFirst, Predicate<LocalDate> accept) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        for (String query : DATE_CONTEXTS) {
            Elements found = body.select(query);
            for (Element e : found) {
                if (inFurniture(e)) {
                    continue;
                }
                Optional<LocalDate> d = firstAccepted(head(e.text()), monthFirst, true, accept)
                        .or(() -> firstAccepted(e.attr("title"), monthFirst, false, accept));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The accepted date written closest to the headline, within {@value #AFTER} characters after it
     * or {@value #BEFORE} before it (bylines and datelines sit there), by distance in characters.
     */
    static Optional<LocalDate> nearHeadline(Document doc, boolean monthFirst, Predicate<LocalDate> accept) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        String text = body.text();
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String headline : headlines(doc)) {
            for (int at = text.indexOf(headline); at >= 0; at = text.indexOf(headline, at + 1)) {
                int end = at + headline.length();
                int from = Math.max(0, at - BEFORE);
                String window = text.substring(from, Math.min(text.length(), end + AFTER));
                for (TextDates.Mention m : TextDates.all(window, monthFirst, true)) {
                    if (closesProse(window, m)) {
                        continue;
                    }
                    int pos = from + m.start();
                    int distance = pos >= end ? pos - end : pos < at ? at - pos : Integer.MAX_VALUE;
                    if (distance < bestDistance && accept.test(m.date())) {
                        best = m.date();
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the mention ends a sentence of prose — a full stop right after it and at least
     * {@value #PROSE_WORDS} words before it since the last sentence end — as in a photo caption
     * ("… near Orleans, France, January 16, 2020.") or a sentence of the story. Such a date tells
     * when something happened, not when the page was published; bylines and date lines stand
     * apart from sentences.
     */
    private static boolean closesProse(String text, TextDates.Mention m) {
        if (m.end() >= text.length() || text.charAt(m.end()) != '.') {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = m.start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '|') {
                break;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words >= PROSE_WORDS;
    }

    /** What the headline may read: Open Graph title, the title's longest part, the first headings. */
    private static List<String> headlines(Document doc) {
        List<String> out = new ArrayList<>();
        Element og = doc.selectFirst("meta[property=og:title][content]");
        if (og != null) {
            out.add(og.attr("content").strip());
        }
        String longest = "";
        for (String part : doc.title().split("\\s+[-|–—:»]\\s+")) {
            longest = part.strip().length() > longest.length() ? part.strip() : longest;
        }
        out.add(longest);
        doc.select("h1, h2").stream().limit(3).forEach(h -> out.add(h.text().strip()));
        return out.stream().filter(h -> h.length() >= 15).distinct().toList();
    }

    /** The first accepted date in the page's first headline or its title. */
    static Optional<LocalDate> inHeadline(Document doc, boolean monthFirst, Predicate<LocalDate> accept) {
        Element h1 = doc.selectFirst("h1");
        return firstAccepted(h1 == null ? "" : h1.text(), monthFirst, false, accept)
                .or(() -> firstAccepted(doc.title(), monthFirst, false, accept));
    }

    /** The accepted date most often written in the visible text; ties go to the earliest written. */
    static Optional<LocalDate> inText(Document doc, boolean monthFirst, Predicate<LocalDate> accept) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        Map<LocalDate, Integer> counts = new HashMap<>();
        List<LocalDate> order = new ArrayList<>();
        for (TextDates.Mention m : TextDates.all(body.text(), monthFirst, false)) {
            if (accept.test(m.date()) && counts.merge(m.date(), 1, Integer::sum) == 1) {
                order.add(m.date());
            }
        }
        LocalDate best = null;
        for (LocalDate d : order) {
            if (best == null || counts.get(d) > counts.get(best)) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> firstAccepted(String text, boolean monthFirst, boolean shortYears,
                                                     Predicate<LocalDate> accept) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return TextDates.all(text, monthFirst, shortYears).stream().map(TextDates.Mention::date)
                .filter(accept).findFirst();
    }

    private static String head(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    /** Inside a footer, navigation or sidebar, where dates belong to other pages. */
    private static boolean inFurniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") || tag.equals("nav") || tag.equals("aside")) {
                return true;
            }
        }
        return false;
    }
}
