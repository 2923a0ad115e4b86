package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Furniture of scraped text that {@link LineKind} does not name, for the plain-text path only (the
 * HTML path sees these as elements): calls to subscribe or share, photo credits and captions, an
 * author's bio line, relative time stamps ("3 hours ago"), the lines that open a reader-comment
 * section, other articles' headlines run into their blurbs and long runs of words without
 * punctuation (tag clouds, flattened menus), which read as {@link LineKind#BLURB}. General page
 * furniture, not any one site's. It also reads the items of numbered lists ("1. …", "2) …") as
 * prose: they are the article's own steps or picks.
 */
final class TextFurniture {
    /** Lines longer than this are read as prose whatever words they hold. */
    private static final int MAX_WORDS = 40;

    /**
     * "Subscribe to our newsletter", "Get it in your inbox", "Share this story", "Follow us on …", a
     * share button's "Click to share on Twitter (Opens in new window)", "Advertisement Continue
     * reading the main story", an embed's "Copy this code to your website", a related link's
     * "… Read more".
     */
    private static final Pattern PROMPT = Pattern.compile(
            "\\b(subscribe|subscription|newsletters?|unsubscribe|sign(ing)? up|opt-in|your inbox|"
                    + "share (it|this)( story| article)?( with)?|follow (us|him|her|them) on|"
                    + "comments? policy|submission guidelines|community (rules|guidelines)|"
                    + "click to (share|email|print)|opens in (a )?new window|email this|share on (facebook|twitter)|"
                    + "continue reading (the main story|below)|copy this code to your (website|blog)|"
                    + "read more\\W*$|^advertisement\\b|"
                    // video and photo players run into a line: "JUST WATCHED … Replay More Videos … MUST WATCH",
                    // "1 of 26 Full Screen Autoplay Close Skip Ad × … View Photos … Buy Photo Wait 1 second to continue"
                    + "just watched|must watch|replay|more videos|full screen|autoplay|skip ad|view photos|buy photo)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A newsletter's sign-up form run into one long line: "Newsletter Sign Up Continue reading the main
     * story Please verify you're not a robot … Sign Up You will receive emails …". At least this many
     * prompts make a line a form whatever its length.
     */
    private static final int FORM_PROMPTS = 3;
    /** Whether the line calls the reader to subscribe, share, follow or read on. */
    static boolean isPrompt(String line) {
        return PROMPT.matcher(line).find();
    }

    /** A video player's "CLOSE" button run into the video's description: "CLOSE Bone-chilling cold gripped …". */
    private static final Pattern VIDEO_CLOSE = Pattern.compile("^CLOSE\\s+\\p{Lu}");

    /**
     * "Photo: …", "(AP Photo/…)", "… /Getty Images", "REUTERS/Name", "(Image credit: …)", "© …", and a
     * caption closing on its photographer and outlet: "… (Katherine Frey/The Washington Post)".
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(\\b(photo|image|picture|video|graphic|illustration)s?( credit)?\\s*(:|by\\b)|"
                    + "\\b(image|media|photo|video) (copyright|caption)\\b|\\b(toggle|hide) caption\\b|\\benlarge this image\\b|"
                    + "\\((ap|afp|reuters)\\s+photo|\\bgetty images\\b|\\bshutterstock\\b|"
                    + "\\b(reuters|afp|ap)\\s*/\\s*\\p{Lu}|\\bfile photo\\b|\\(image credit|©|"
                    + "\\((associated press|ap|reuters|afp|getty images)\\)\\s*$|\\(photo: [^)]{1,40}\\)\\s*$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTOGRAPHER_CREDIT = Pattern.compile(
            "\\(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s*/\\s*(?:[Tt]he\\s+)?\\p{Lu}[^()/]{1,60}\\)\\s*$");

    /** "Jane Doe is a reporter for …", "John Roe was the paper's chief correspondent …". */
    private static final Pattern BIO = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]+\\s){1,3}(is|was)\\s+(?:(a|an|the)\\s+)?[^.]{0,80}?"
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

    /**
     * Where a headline runs into the blurb after it without a space, as link texts flattened to one
     * line do: at least three lowercase letters, maybe a closing mark, then a capital that starts a
     * word ("Student-AthleteA 24-year-old", "On The Rise?Violence is").
     */
    private static final Pattern GLUE = Pattern.compile("\\p{Ll}{3}[?!’'\")]?\\p{Lu}(?=\\p{Ll}|\\s)");

    /** Words before a glued blurb that make a headline: at least this many... */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** ...and at most this many. */
    private static final int MAX_HEADLINE_WORDS = 25;

    /** A word of this many letters or more is capitalised in a title-case headline. */
    private static final int MIN_CAPITALISED_LETTERS = 4;

    /** Consecutive short lines of one shape that make a list: at least this many. */
    private static final int MIN_LIST_RUN = 4;
    /** The shape of a line is read from this many symbols at its start. */
    private static final int SHAPE_SYMBOLS = 4;

    /** A line of this many words without punctuation is a tag cloud, not a sentence missing its stop. */
    private static final int MIN_CLOUD_WORDS = 40;

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
        if (words <= MAX_WORDS && PROMPT.matcher(line).find() || PROMPT.matcher(line).results().count() >= FORM_PROMPTS) {
            return LineKind.PROMPT;
        }
        if (VIDEO_CLOSE.matcher(line).find()) {
            return LineKind.TEASER;
        }
        if (words <= MAX_WORDS && (CREDIT.matcher(line).find() || PHOTOGRAPHER_CREDIT.matcher(line).find())) {
            return LineKind.TEASER;
        }
        if (AGO.matcher(line).find()) {
            return LineKind.STAMP;
        }
        if (kind == LineKind.PROSE && separators(line) >= MIN_SEPARATORS) {
            return LineKind.SHORT; // a menu or link list run together: "Home | News | Sport | …"
        }
        if (kind == LineKind.PROSE && (gluedHeadline(line) || runOfWords(line))) {
            return LineKind.BLURB;
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

    /**
     * True when the line opens with a title-case headline of {@value #MIN_HEADLINE_WORDS} to {@value
     * #MAX_HEADLINE_WORDS} words run into the text after it without a space: another article's
     * headline and blurb, as a list of links flattened to text gives them ("Mayor: ‘Despicable’ Move
     * Won’t StandWarren Mayor Jim Fouts says …"). Names ("iPhone", "McDonald's") glue fewer than
     * three lowercase letters to their capital, or stand after a lowercase word of four letters or
     * more, or inside parentheses; a sentence whose long words are all capitalised up to a
     * camel-cased name ("Shares of Sony PlayStation …") would be misread.
     */
    static boolean gluedHeadline(String line) {
        Matcher m = GLUE.matcher(line);
        if (!m.find()) {
            return false;
        }
        String headline = line.substring(0, m.start() + 3);
        int after = m.end() - 1;
        int end = after;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        if (headline.lastIndexOf('(') > headline.lastIndexOf(')') || GLUE.matcher(line.substring(after, end)).find()) {
            return false; // "(HawaiiNewsNow)", "SciSpacE": a name written in camel case, not a junction
        }
        String[] words = headline.strip().split("\\s+");
        if (words.length < MIN_HEADLINE_WORDS || words.length > MAX_HEADLINE_WORDS) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (letters(w) >= MIN_CAPITALISED_LETTERS) {
                if (!startsCapitalised(w)) {
                    return false;
                }
                capitalised++;
            }
        }
        return capitalised >= MIN_HEADLINE_WORDS;
    }

    /** True when the first letter or digit of {@code word} is a capital or a digit. */
    private static boolean startsCapitalised(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    /**
     * True for a long line of words without any punctuation that is not a sentence: a tag cloud or a
     * menu flattened to one line. It holds at least {@value #MIN_CLOUD_WORDS} words, or its words of
     * four letters or more are mostly capitalised ("Administração Agricultura Campanha …"); a list
     * item of twenty words that lacks its full stop is neither. Text written without spaces is left
     * alone: its punctuation is its own.
     */
    static boolean runOfWords(String line) {
        if (BodyRegion.units(line) > Words.count(line)) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == '"'
                    || c == '“' || c == '”' || c == '–' || c == '—') {
                return false;
            }
        }
        String[] words = line.split("\\s+");
        if (words.length >= MIN_CLOUD_WORDS) {
            return true;
        }
        int longWords = 0;
        int capitalised = 0;
        for (String w : words) {
            if (letters(w) >= MIN_CAPITALISED_LETTERS) {
                longWords++;
                capitalised += startsCapitalised(w) ? 1 : 0;
            }
        }
        return capitalised * 4 >= longWords * 3;
    }

    private static int letters(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            n += Character.isLetter(word.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /**
     * True for each short line in a run of at least {@value #MIN_LIST_RUN} consecutive short lines
     * that open with one shape (tour dates "June 9 – Tampa, FL @ Arena", fixtures "3rd round: 10 May
     * – Home", each an item of a list the article gives) where that shape holds a number, a mark
     * between words and at least two runs of letters. Menus ("Results 2019") hold no mark between
     * words, archive links ("March (12)") one run of letters.
     */
    static boolean[] listItems(List<String> lines, List<LineKind> kinds) {
        int n = lines.size();
        String[] shapes = new String[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = kinds.get(i) == LineKind.SHORT ? listShape(lines.get(i)) : null;
        }
        boolean[] items = new boolean[n];
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (shapes[from] != null && to < n && shapes[from].equals(shapes[to])) {
                to++;
            }
            if (shapes[from] != null && to - from >= MIN_LIST_RUN) {
                java.util.Arrays.fill(items, from, to, true);
            }
            from = to;
        }
        return items;
    }

    /**
     * The first {@value #SHAPE_SYMBOLS} symbols of a line's shape, where a run of letters is 'a', a
     * run of digits '9' and any other character itself, spaces left out; null when the whole shape
     * lacks a digit, a mark or a second run of letters.
     */
    static String listShape(String line) {
        StringBuilder shape = new StringBuilder();
        int letterRuns = 0;
        boolean digit = false;
        boolean mark = false;
        char last = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char sym;
            if (Character.isLetter(c)) {
                sym = 'a';
            } else if (Character.isDigit(c)) {
                sym = '9';
                digit = true;
            } else if (Character.isWhitespace(c)) {
                continue;
            } else {
                sym = c;
                mark = true;
            }
            if (sym != last) {
                letterRuns += sym == 'a' ? 1 : 0;
                shape.append(sym);
                last = sym;
            }
        }
        if (!digit || !mark || letterRuns < 2 || shape.length() < SHAPE_SYMBOLS) {
            return null;
        }
        return shape.substring(0, SHAPE_SYMBOLS);
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
