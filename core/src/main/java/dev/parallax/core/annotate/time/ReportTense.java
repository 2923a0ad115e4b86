package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a time expression speaks of the past or the future of its report, read from the verbs
 * of its sentence: the cue nearest to the expression wins, a future cue ("will", "is to",
 * "next", "scheduled", the present of a scheduled event: "opens") against a past one ("said", "was", a verb in -ed, not after "be"); a
 * sentence with neither gives no direction ({@code null}), and callers choose: a weekday is then
 * read as past, since news reports what has happened, a month as the nearest one. HeidelTime (Strötgen and Gertz 2013) reads tense in the
 * same way to resolve "Friday" or "March" in news.
 */
final class ReportTense {
    /** Which way an unanchored calendar name points from the publication date. */
    enum Direction { PAST, FUTURE }

    /**
     * The present of a scheduled event: "the summit opens on Monday", "talks resume Thursday",
     * "polls open on Sunday". HeidelTime reads any present tense as the future for a weekday; without
     * part-of-speech tags this keeps to verbs of beginning, in the third person singular or after a
     * plural subject, that news uses for what is on the calendar. Verbs that photo captions use for
     * what has just happened ("Pompeo arrives for a meeting on Tuesday", "Putin meets Xi on
     * Friday", "Stocks close higher on Friday") are left out.
     */
    private static final String SCHEDULED_PRESENT = "(?:opens|begins|starts|resumes|convenes|reconvenes|kicks off|"
            + "goes on trial|[a-z]{3,}s (?:open|begin|start|resume|convene|reconvene))";
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|wo n't|shall|'ll|going to|(?:is|are|am|was|were) (?:to|due)|to be|"
                    + "plans?|planned|planning|intends?|scheduled|expected|expects?|supposed|set to|due|payable|"
                    + "upcoming|next(?! to\\b)|coming|would|tomorrow|expires?|deadline|"
                    + SCHEDULED_PRESENT + ")\\b");
    private static final Pattern PAST = Pattern.compile(
            "\\b(said|says|told|was|were|had|did|has|have|ago|last|yesterday|earlier|"
                    + "met|made|took|went|came|gave|began|left|held|won|lost|sent|saw|spoke|fell|rose|led|"
                    + "paid|sold|bought|got|struck|hit|broke|found|killed|[a-z]{2,}ed)\\b");
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(be|been|being|is|are|to)\\s+$");
    /** "was planning", "were due", "had been expected": a past auxiliary that carries a plan, not an event. */
    private static final Pattern PLAN_AFTER = Pattern.compile("^\\s+(?:been\\s+)?(?:planning|planned|scheduled|expected|due|set|going|supposed|to)\\b");
    /** "had been scheduled to expire", "had filed … by": the past of a plan or a deadline. */
    private static final Pattern HAD_BEFORE = Pattern.compile(
            "\\bhad\\s+(?:been\\s+)?(?:(?:scheduled|planned|expected|due|set|supposed)\\s+to\\s+)?$");
    /** The past auxiliaries that a plan can follow ("was to", "were planning", "had been expected"). */
    private static final Pattern AUXILIARY = Pattern.compile("was|were|had");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\b");
    private static final Pattern PLUPERFECT = Pattern.compile(
            "\\b(?:had|hadn't)\\s+(?:(?:not|never|already|just|yet|also)\\s+)?(?:been\\s+)?(?:[a-z]+ed|due|set)\\b");
    /** "by Friday", "until Nov. 20", "effective Feb. 1", "as soon as Tuesday": a deadline, which a report sets ahead of itself. */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "\\b(?:by|until|till|effective|as soon as|as early as)\\s+(?:the\\s+)?$");

    private ReportTense() {}

    /** The direction of the expression at {@code span} in {@code text}; null when its sentence has no cue either way. */
    static Direction of(String text, Span span) {
        Span sentence = sentenceAround(text, span);
        String s = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
        int at = span.start() - sentence.start();
        int atEnd = span.end() - sentence.start();
        String original = text.substring(sentence.start(), sentence.end());
        // "by Tuesday's earthquake" names a cause, not a deadline; "By Monday the toll had risen" is past.
        boolean deadline = DEADLINE_BEFORE.matcher(s.substring(Math.max(0, at - 16), at)).find()
                && !POSSESSIVE_AFTER.matcher(s.substring(atEnd)).find() && !PLUPERFECT.matcher(s).find();
        int future = deadline ? 0 : nearest(FUTURE.matcher(s), s, original, at, atEnd);
        int past = nearest(PAST.matcher(s), s, original, at, atEnd);
        // "scheduled", "planned" are future cues that also look like past tenses: a tie is the future.
        return future <= past && future != Integer.MAX_VALUE ? Direction.FUTURE : future == Integer.MAX_VALUE && past == Integer.MAX_VALUE ? null : Direction.PAST;
    }

    /**
     * The distance in characters from the expression to the nearest cue outside it, or MAX_VALUE.
     * {@code s} is the sentence in lower case, {@code original} as written.
     */
    private static int nearest(Matcher m, String s, String original, int from, int to) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.pattern() == FUTURE && HAD_BEFORE.matcher(s.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue; // "had been scheduled", "had been due to expire": a plan already past
            }
            if (m.pattern() == PAST && (PASSIVE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 8), m.start())).find()
                    || AUXILIARY.matcher(m.group()).matches() && PLAN_AFTER.matcher(s.substring(m.end())).find()
                    || original.length() == s.length() && Character.isUpperCase(original.charAt(m.start())) && m.group().endsWith("ed"))) {
                continue; // "is expected": a participle; "was to meet": a plan; "United": a name, not a past tense
            }
            if (m.end() <= from) {
                best = Math.min(best, from - m.end());
            } else if (m.start() >= to) {
                best = Math.min(best, m.start() - to);
            }
        }
        return best;
    }

    /** The sentence holding {@code span}: from the last sentence end or line break before it to the next after it. */
    static Span sentenceAround(String text, Span span) {
        int a = span.start();
        while (a > 0 && !endsSentence(text, a - 1)) {
            a--;
        }
        int b = span.end();
        while (b < text.length() && !endsSentence(text, b)) {
            b++;
        }
        return new Span(a, Math.min(text.length(), b + 1));
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        // "Sept. 27" and "U.S. officials": a full stop followed by a lower-case word or a digit ends nothing.
        int j = i + 1;
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j >= text.length() || Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '"' || text.charAt(j) == '\n'
                ? !abbreviationBefore(text, i) : false;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        int len = dot - k;
        return len > 0 && len <= 4 && Character.isUpperCase(text.charAt(k)) && MONTH_OR_TITLE.matcher(text.substring(k, dot)).matches();
    }

    private static final Pattern MONTH_OR_TITLE = Pattern.compile(
            "Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Jr|Sr|Inc|Corp|Co|No|[A-Z]");
}
