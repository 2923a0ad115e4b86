package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Furniture of scraped text that {@link LineKind} does not name, for the plain-text path only (the
 * HTML path sees these as elements): calls to subscribe or share, photo credits and captions, an
 * author's bio line, relative time stamps ("3 hours ago"), and the lines that open a reader-comment
 * section. General English page furniture, not any one site's. It also reads the items of numbered
 * lists ("1. …", "2) …") as prose: they are the article's own steps or picks.
 */
final class TextFurniture {
    /** Lines longer than this are read as prose whatever words they hold. */
    private static final int MAX_WORDS = 40;

    /** "Subscribe to our newsletter", "Get it in your inbox", "Share this story", "Follow us on …". */
    private static final Pattern PROMPT = Pattern.compile(
            "\\b(subscribe|subscription|newsletters?|unsubscribe|sign(ing)? up|opt-in|your inbox|"
                    + "share (it|this)( story| article)?( with)?|follow (us|him|her|them) on|"
                    + "comments? policy|submission guidelines|community (rules|guidelines))\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Photo: …", "(AP Photo/…)", "… /Getty Images", "REUTERS/Name", "(Image credit: …)", "© …". */
    private static final Pattern CREDIT = Pattern.compile(
            "(\\b(photo|image|picture|video|graphic|illustration)s?( credit)?\\s*(:|by\\b)|"
                    + "\\((ap|afp|reuters)\\s+photo|\\bgetty images\\b|\\bshutterstock\\b|"
                    + "\\b(reuters|afp|ap)\\s*/\\s*\\p{Lu}|\\bfile photo\\b|\\(image credit|©)",
            Pattern.CASE_INSENSITIVE);

    /** "Jane Doe is a reporter for …", "John Roe was the paper's chief correspondent …". */
    private static final Pattern BIO = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]+\\s){1,3}(is|was)\\s+(a|an|the)\\s+[^.]{0,80}?"
                    + "(reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|author)\\b");

    /** "3 hours ago", "2 days ago at 07:52 am", "updated 16M ago". */
    private static final Pattern AGO = Pattern.compile(
            "^(updated\\s+)?\\d+\\s*(s|m|h|d|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Leave a comment", "12 Comments", "Reply", "Top rated comments", the comment form's notes. */
    private static final Pattern COMMENTS = Pattern.compile(
            "^\\W*((\\d+\\s+)?(comments?|responses?|replies|reply)|leave a (comment|reply)|cancel reply|"
                    + "post a comment|add a comment|(top rated|read all|show|view|load more) comments|"
                    + "join the (discussion|conversation))\\W*$"
                    + "|save my name, email|notify me (via|of|when)|your email address will not be published|"
                    + "learn how your comment data|comments are (closed|moderated)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The head of a comment thread: "34 responses to “…”", "12 thoughts on …", or a commenter's
     * line ("jdoe says:" — one name — or "Jane Roe on May 2, 2019 at 4:47 pm said:").
     */
    private static final Pattern THREAD = Pattern.compile(
            "^\\d+\\s+(comments|responses|replies|thoughts)\\s+(to|on)\\b"
                    + "|^\\S+\\s(says|writes|commented):$"
                    + "|^\\S.{0,60}\\s(on|at)\\s.{0,40}\\d.{0,30}\\s(said|says|wrote|writes):$",
            Pattern.CASE_INSENSITIVE);

    /** A sentence end in text written without spaces: "。", "！", "？", closing quotes after them. */
    private static final Pattern DENSE_END = Pattern.compile("[。！？][」』”）)]*$");

    /** An item of a numbered list: "1. …", "2) …". */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\S");

    /** Lines between two items of one numbered list, at most. */
    private static final int ITEM_GAP = 4;

    /** A line with this many separators between its parts is a list of links, however long. */
    private static final int MIN_SEPARATORS = 3;

    private TextFurniture() {}

    /** Separators standing between words: " | ", " • ", " · ", " » ". */
    private static int separators(String line) {
        int n = 0;
        for (int i = 1; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '|' || c == '•' || c == '·' || c == '»') && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * The kind of a scraped line: {@code kind} ({@link LineKind#of}) unless the line is one of this
     * class's furniture, which reads as a {@link LineKind#TEASER} (never kept) or, for a relative
     * time stamp, a {@link LineKind#STAMP}.
     */
    static LineKind refine(String line, LineKind kind) {
        if (kind == LineKind.TEASER || kind == LineKind.DISCLAIMER) {
            return kind;
        }
        int words = Words.count(line);
        if (words <= MAX_WORDS && BIO.matcher(line).find()) {
            return LineKind.DISCLAIMER;
        }
        if (words <= MAX_WORDS && PROMPT.matcher(line).find()) {
            return LineKind.PROMPT;
        }
        if (words <= MAX_WORDS && CREDIT.matcher(line).find()) {
            return LineKind.TEASER;
        }
        if (AGO.matcher(line).find()) {
            return LineKind.STAMP;
        }
        if (kind == LineKind.PROSE && separators(line) >= MIN_SEPARATORS) {
            return LineKind.SHORT; // a menu or link list run together: "Home | News | Sport | …"
        }
        if (kind == LineKind.SHORT && NUMBERED.matcher(line).find()) {
            return LineKind.PROSE; // an item of a numbered list reads as a sentence of the text
        }
        if (kind == LineKind.SHORT) {
            double units = BodyRegion.units(line);
            if (units >= 20 || units >= 4 && DENSE_END.matcher(line).find()) {
                return LineKind.PROSE; // a paragraph written without spaces
            }
        }
        return kind;
    }

    /** The number of a numbered list item ("3. …", "3) …"), or -1. */
    static int itemNumber(String line) {
        if (line.isEmpty() || line.charAt(0) < '0' || line.charAt(0) > '9' || !NUMBERED.matcher(line).find()) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < line.length() && Character.isDigit(line.charAt(i)); i++) {
            n = n * 10 + Character.digit(line.charAt(i), 10);
        }
        return n;
    }

    /**
     * True for an item of a numbered list ("3. …") with its neighbour in the list at most {@value
     * #ITEM_GAP} lines away: item 2 before it or item 4 after it.
     */
    static boolean continuesNumbering(List<String> lines, int i) {
        int n = itemNumber(lines.get(i));
        if (n < 0) {
            return false;
        }
        for (int j = Math.max(0, i - ITEM_GAP); j < Math.min(lines.size(), i + ITEM_GAP + 1); j++) {
            int m = j == i ? -1 : itemNumber(lines.get(j));
            if (m >= 0 && (j < i ? m == n - 1 : m == n + 1)) {
                return true;
            }
        }
        return false;
    }

    /** True for a line that starts a thread of reader comments: what follows it is not the article. */
    static boolean startsThread(String line) {
        return THREAD.matcher(line).find();
    }

    /** True for a line that opens or belongs to a reader-comment section. */
    static boolean opensComments(String line) {
        return COMMENTS.matcher(line).find();
    }
}
