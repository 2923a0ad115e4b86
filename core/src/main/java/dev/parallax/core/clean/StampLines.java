package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.regex.Pattern;

/**
 * Reads the publication and update dates that scraped text states in its stamp lines: "First
 * published on Sat 3 Jun 2023 08.00 BST", "By AFP | Last updated: May 2, 2024 09:41 GMT",
 * "Posted 2023-06-03", "Updated: March 12th 2024, 09:41 GMT", "Published 3 June 2023 | Updated
 * 4 June 2023", "Publié le 3 juin 2023". A stamp line is short (at most {@value #MAX_WORDS} words)
 * and opens on a stamp word or on a credit followed by a bar ("By Jane Doe | …"); sentences of
 * the story that mention a publication are not stamps. A date alone on one of the text's first
 * {@value #HEAD_LINES} lines ("Sunday, July 31, 2011 21:39 EDT") is a stamp too. The publication is the first date called
 * published, else the first date of a stamp without such a word, else the earliest update (the
 * latest the story can have been published); the update is the latest date called an update.
 */
public final class StampLines {
    private StampLines() {}

    private static final int MAX_WORDS = 16;
    /** A date alone on its line is the page's stamp only among the text's first lines (headline, byline, stamps). */
    private static final int HEAD_LINES = 8;
    /**
     * A stamp that gives its clock time without a date, and nothing else: "Updated at 1:23 p.m.",
     * "(Posted 9.45 am EST)". A sentence that opens on such a word and names a time ("Updated
     * guidance takes effect at 12:01 a.m.") is no stamp.
     */
    static final Pattern TIME_ONLY = Pattern.compile(
            "^\\(?(?:last\\s+)?(?:updated|published|posted)\\s*(?::|at|on)?\\s*"
                    + "(?:\\d{1,2}:\\d{2}|\\d{1,2}\\.\\d{2}(?=\\s*[ap]\\.?m))\\s*(?:[ap]\\.?m\\.?)?(?:\\s+\\p{Lu}{2,4})?\\)?\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAMP_LINE = Pattern.compile(
            "^(\\(?((first|last|originally|zuletzt|dernière)\\s+)?(updated|published|posted|modified|date|dated|"
                    + "publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|"
                    + "aggiornato)(?!\\p{L})|by\\s+\\S.{0,80}(?:\\||/\\s*(?:published|updated|posted|last updated)\\b))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What a line that is nothing but a date may hold besides the date: its weekday, time and zone. */
    private static final Pattern DATE_LINE_REST = Pattern.compile(
            "(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|at|"
                    + "\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|\\p{Lu}{2,4}|[\\s,|()\\[\\]/–—-])*");

    /**
     * Whether the line is a publication or update stamp ("(Published Monday, Nov. 18, 2019)",
     * "Updated at 1:23 p.m."), or a date alone on its line ("Sunday, July 31, 2011 21:39 EDT"), not a
     * sentence of the story.
     */
    public static boolean isStamp(String line) {
        String l = line.strip();
        return isDatedStamp(l) || TIME_ONLY.matcher(l).matches() || isDateAlone(l);
    }

    /** A short line that opens on a stamp word or a credit with its bar, and gives a date. */
    private static boolean isDatedStamp(String line) {
        return STAMP_LINE.matcher(line).find() && Words.count(line) <= MAX_WORDS && DateStamps.containsDate(line);
    }

    /** A line of one full date (day, month and year) and nothing else but its weekday, time and zone. */
    static boolean isDateAlone(String line) {
        var dates = TextDates.all(line, true, false);
        if (dates.size() != 1 || Words.count(line) > MAX_WORDS) {
            return false;
        }
        String rest = line.substring(0, dates.get(0).start()) + " " + line.substring(dates.get(0).end());
        return DATE_LINE_REST.matcher(rest).matches();
    }

    /** The stated publication and update of a text, read from its stamp lines. */
    public static PublicationDates read(String text) {
        String published = null;
        String unstated = null;
        String earliestUpdate = null;
        String latestUpdate = null;
        int lineNumber = 0;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            lineNumber++;
            boolean stamp = isDatedStamp(line) || lineNumber <= HEAD_LINES && isDateAlone(line);
            if (!stamp) {
                continue;
            }
            for (DateStamps.Stamp s : DateStamps.stamps(line)) {
                switch (s.event()) {
                    case PUBLISHED -> published = published == null ? s.value() : published;
                    case UNSTATED -> unstated = unstated == null ? s.value() : unstated;
                    case UPDATED -> {
                        earliestUpdate = earliestUpdate == null || earlier(s.value(), earliestUpdate) ? s.value() : earliestUpdate;
                        latestUpdate = latestUpdate == null || earlier(latestUpdate, s.value()) ? s.value() : latestUpdate;
                    }
                }
            }
        }
        String first = published != null ? published : unstated != null ? unstated : earliestUpdate;
        return first == null && latestUpdate == null ? PublicationDates.NONE : new PublicationDates(first, latestUpdate);
    }

    /** Whether {@code a} is before {@code b}, by day and then by the written time (offsets not compared). */
    private static boolean earlier(String a, String b) {
        return a.compareTo(b) < 0;
    }
}
