package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans scraped plain text to the article body.
 *
 * <p>Each line is classified by shape ({@link LineKind}, refined by {@link TextFurniture}: calls to
 * subscribe, photo credits, author bios, relative time stamps). The body is the stretch of lines
 * found by {@link BodyRegion}: the most prose words for the fewest furniture lines. Inside it, prose
 * lines and the items of a list ({@link TextFurniture#listItems}: four or more short lines of one
 * shape) are kept, and so are short lines standing alone or in pairs between prose lines (a
 * sub-heading, a short quote, a list item); teasers, disclaimers, stamps and runs of three or more
 * short lines (a block of related links, a share bar) are not. A line that repeats an earlier one,
 * a blurb cut off with an ellipsis, or a line that holds the body's paragraphs again, is dropped. The headline-like line just before the body
 * becomes the title; the first date stamp the publication date; the latest update stamp near the body the update.
 */
public final class TextCleaner {
    /** Short lines inside the body are kept in runs of at most this many between prose lines. */
    private static final int MAX_SHORT_RUN = 2;
    /** Update stamps are read from this many lines before the body (headline, byline, stamps)... */
    private static final int MAX_GAP = 12;
    /** ...to this many lines after it. */
    private static final int GAP = 3;
    /** Paragraphs shorter than this are not checked for copies: short lines repeat by chance. */
    private static final int MIN_COPIED_CHARS = 40;
    private static final Pattern GLUED_STAMP = Pattern.compile(
            "^\\s*(date|published|updated|posted)[:\\s]+(\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.+\\-Z]+)?)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** The words of a date line: weekdays, months, numbers, clock times, "AM"/"PM", time zones in capitals. */
    /**
     * An encyclopedia's reference marks and edit links inside a line: "… in 1976.[27][28]",
     * "Community of Christ [ edit ]", "[citation needed]".
     */
    private static final Pattern REFERENCE_MARK = Pattern.compile(
            "(?<=[\\p{L}\\p{N}.,;:)\\]\"”’])\\[(?:\\d{1,3}|citation needed|\\s?edit\\s?)\\]|\\s\\[\\s?edit\\s?\\]");

    /**
     * Short lines above a body that are no headline: a web address, a related link's arrow ("► Update:
     * …"), a credit ("Edited and translated by …"), a note or a form's label ("WARNING: The video …",
     * "Message: * A friend wanted you to see …"), a widget's list ("Most Popular Stories …"), a
     * call to follow the site ("Follow CBSMIAMI.COM: Facebook | Twitter"), a byline with its clock time
     * ("Associated Press Tue Feb 19, 2013 7:44 PM").
     */
    private static final Pattern NO_TITLE = Pattern.compile(
            "(?i)https?://|www\\.|^[►▶»>•]|^(?:edited|translated|compiled|reported|written|produced)(?:\\s+and\\s+\\p{L}+)?\\s+by\\b"
                    + "|^(?:warning|message|note|editor['’]?s note|related|see also|watch|video|photos?)\\s*:"
                    + "|\\bmost (?:popular|read|viewed|shared|emailed)\\b|^follow\\b"
                    // a byline's clock time: "Associated Press Tue Feb 19, 2013 7:44 PM"
                    + "|\\b\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\b\\.?)");
    private static final Pattern DATE_WORD = Pattern.compile(
            "(?i)\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\\b\\.?"
                    + "|\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?"
                    + "|\\d+(?:[:./-]\\d+)*(?:st|nd|rd|th)?|\\b[ap]\\.?m\\.?(?!\\p{L})|(?-i:\\b\\p{Lu}{2,4}\\b)");
    /** A weekday or month written out, which a line of a date names. */
    private static final Pattern CALENDAR_NAME = Pattern.compile(
            "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
                    + "august|september|october|november|december)\\b");

    public Extracted clean(String raw) {
        List<String> lines = lines(raw);
        List<String> asWritten = List.copyOf(lines);
        String published = null;
        if (!lines.isEmpty()) {
            Matcher glued = GLUED_STAMP.matcher(lines.get(0));
            if (glued.find()) {
                published = DateStamps.find(glued.group(2)).orElse(null);
                lines.set(0, lines.get(0).substring(glued.end()));
            }
        }
        List<LineKind> kinds = new ArrayList<>(lines.size());
        for (String l : lines) {
            kinds.add(TextFurniture.refine(l, LineKind.of(l)));
        }
        markCopies(lines, kinds);
        boolean[] items = TextFurniture.listItems(lines, kinds);
        for (int i = 0; i < items.length; i++) {
            if (items[i]) {
                kinds.set(i, LineKind.PROSE); // an item of a list the article gives
            }
        }
        int[] body = BodyRegion.find(lines, kinds, items);
        StringBuilder text = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (int i = body[0]; i < body[1]; i++) {
            if (kept(kinds, i, body) && seen.add(LineKind.normalizedKey(lines.get(i)))
                    && !isCutCopy(lines.get(i), lines, kinds)) {
                if (!text.isEmpty()) {
                    text.append(continues(text, lines.get(i)) ? " " : "\n\n");
                }
                text.append(REFERENCE_MARK.matcher(lines.get(i)).replaceAll(""));
            }
        }
        if (published == null) {
            published = firstStamp(lines, kinds).orElse(null);
        }
        return new Extracted(title(lines, kinds, body[0]), null, published, text.toString(), updated(asWritten, body));
    }

    /**
     * The latest update stated by the stamp lines of the article itself: from {@value #MAX_GAP}
     * lines before its body (headline, byline, stamps) to {@value #GAP} lines after it. Farther
     * out stand other articles' headlines with their own "Updated …" stamps (a list of related
     * stories after the body), which must not date this one.
     */
    private static String updated(List<String> lines, int[] body) {
        if (body[1] <= body[0]) {
            return null;
        }
        int from = Math.max(0, body[0] - MAX_GAP);
        int to = Math.min(lines.size(), body[1] + GAP);
        return StampLines.read(String.join("\n", lines.subList(from, to))).updated();
    }

    /** A prose line, or a short one in a run of at most {@value #MAX_SHORT_RUN} between prose lines of the body. */
    private static boolean kept(List<LineKind> kinds, int i, int[] body) {
        LineKind k = kinds.get(i);
        if (k != LineKind.SHORT) {
            return k == LineKind.PROSE;
        }
        int from = i;
        int to = i;
        while (from > body[0] && kinds.get(from - 1) != LineKind.PROSE) {
            from--;
        }
        while (to + 1 < body[1] && kinds.get(to + 1) != LineKind.PROSE) {
            to++;
        }
        return to - from + 1 <= MAX_SHORT_RUN;
    }

    private static List<String> lines(String raw) {
        String norm = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replaceAll("[\\u200B-\\u200D\\uFEFF]", "");
        List<String> out = new ArrayList<>();
        for (String l : norm.split("\n")) {
            String s = l.strip().replaceAll("[ \\t]+", " ");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Marks as {@link LineKind#BLURB} each prose line that holds two or more other prose lines of at
     * least {@value #MIN_COPIED_CHARS} characters: the whole body again in one line, as a page's
     * hidden copy or summary field gives it, before or after the paragraphs. A sentence that stands
     * again as a line of its own (a pull quote) is not such a copy: the page repeats it.
     */
    private static void markCopies(List<String> lines, List<LineKind> kinds) {
        List<Integer> prose = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.PROSE && lines.get(i).length() >= MIN_COPIED_CHARS) {
                prose.add(i);
            }
        }
        for (int i : prose) {
            String line = lines.get(i);
            if (line.length() <= 2 * MIN_COPIED_CHARS) {
                continue;
            }
            int held = 0;
            for (int j : prose) {
                String p = lines.get(j);
                if (p.length() < line.length() && line.contains(p) && ++held >= 2) {
                    kinds.set(i, LineKind.BLURB);
                    break;
                }
            }
        }
    }

    /**
     * Whether a line goes on with the sentence the text so far leaves open: hard-wrapped copy breaks
     * a sentence across lines ("… as a core aspect of science education" + "in up to 40 states – in
     * many for the first time."), so a line that opens in lower case after one that ends on a word,
     * a comma or a dash is the same paragraph.
     */
    private static boolean continues(CharSequence text, String line) {
        char last = text.charAt(text.length() - 1);
        char first = line.charAt(0);
        return (Character.isLetterOrDigit(last) || last == ',' || last == '–' || last == '—' || last == '-')
                && Character.isLowerCase(first);
    }

    /**
     * A teaser line that is a cut-off copy of a longer line ("Seoul, April 27 Russia confirmed …"),
     * copies of the whole body ({@link #markCopies}) aside.
     */
    private static boolean isCutCopy(String line, List<String> lines, List<LineKind> kinds) {
        for (int i = 0; i < lines.size(); i++) {
            String other = lines.get(i);
            if (other.length() > line.length() + 20 && other.startsWith(line) && kinds.get(i) != LineKind.BLURB) {
                return true;
            }
        }
        return false;
    }

    private static String title(List<String> lines, List<LineKind> kinds, int bodyStart) {
        for (int i = bodyStart - 1; i >= 0 && i >= bodyStart - 6; i--) {
            String l = lines.get(i);
            int words = Words.count(l);
            if (kinds.get(i) == LineKind.SHORT && words >= 4 && words <= 25 && !l.endsWith(":") && !SiteNotice.is(l)
                    && !onlyADate(l) && !NO_TITLE.matcher(l).find() && !TextFurniture.isPrompt(l)) {
                return l;
            }
        }
        return null;
    }

    /** Whether the line is a date and nothing else ("Thursday, Apr 22, 2010", "November 8, 8:25 AM CST"). */
    private static boolean onlyADate(String line) {
        return (DateStamps.containsDate(line) || CALENDAR_NAME.matcher(line).find())
                && Words.count(DATE_WORD.matcher(line).replaceAll(" ").replaceAll("[^\\p{L}\\s]", " ")) < 2;
    }

    private static Optional<String> firstStamp(List<String> lines, List<LineKind> kinds) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.STAMP) {
                Optional<String> d = DateStamps.find(lines.get(i));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }
}
