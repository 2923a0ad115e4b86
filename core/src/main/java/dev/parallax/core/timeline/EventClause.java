package dev.parallax.core.timeline;

import dev.parallax.core.annotate.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that carries the event a time expression dates: what a timeline entry
 * shows instead of the whole sentence. "Agencies have long reported that the rebels seized 40
 * villages last year" dates the seizing, not the reporting: when the time comes after a clause's
 * "that" ("reported that", "believe that", "the villages that the rebels seized"), or after a verb
 * of saying that leaves the "that" out ("believe the army has sent"), the clause begins there; when
 * it comes before ("the minister noted on Saturday that …"), the reporting is the event and the
 * frame stays, and so it does when the frame denies, doubts or only alleges what follows ("the
 * ministry denied that it ordered the strike on Monday"). A relative clause holding the time is the
 * event ("the valley, the region where the rebels launched an offensive last year"), and what
 * trails the time's clause — ", in which …", ", swiftly capturing …", ", according to a news
 * agency", ", officials said" — is left out, and so is the full stop. Always a span of the text, so
 * the entry stays a verbatim trim of its source; a clause of fewer than {@value #MIN_WORDS} words
 * falls back to the one around it.
 */
final class EventClause {
    static final int MIN_WORDS = 5;
    /**
     * "that" opening a clause: followed by a name, a pronoun or a determiner ("said that Kenya",
     * "believe that the army"), not by a noun it points at ("that year", "that day").
     */
    private static final Pattern THAT = Pattern.compile("\\bthat\\s+(?=[A-Z\"“‘']|(?:the|a|an|some|its|his|her|their|it|he|she|they|we|there|no|all|most|many|more|about|over|nearly|almost)\\b)");
    /**
     * A verb of saying or believing followed straight by the reported clause's subject, the "that"
     * left out ("believe the army has sent", "said Kenya would"): the clause begins after it. Verbs
     * that also take an object ("reported the attack", "expect prices to rise") are not among them.
     */
    private static final Pattern SAID_WITHOUT_THAT = Pattern.compile("\\b(?:say|says|said|believe[sd]?|think|thinks|thought|"
            + "insist(?:s|ed)?)\\s+(?=\\p{Lu}|(?:the|a|an|its|his|her|their|it|he|she|they|we|there|some|many|most)\\s)");

    /**
     * A frame that denies, doubts or only alleges what follows its "that" ("denied that", "dismissed
     * reports that", "no evidence that", "falsely claimed that"): the clause keeps it.
     */
    private static final Pattern DOUBTED = Pattern.compile("(?i)\\b(?:den(?:y|ies|ied|ying|ial)|reject\\w*|dismiss\\w*|"
            + "refut\\w*|doubt\\w*|disput\\w*|contest\\w*|alleg\\w*|claim\\w*|accus\\w*|rumou?r\\w*|"
            + "not|never|no|n't|false\\w*|untrue|unfounded|baseless|fake)\\b");

    /**
     * Where a relative clause with its own subject begins: "…, where the rebels …", "… when he …",
     * "…, which it acquired …". One whose subject is what it follows ("Hong Kong, which lost …")
     * is no clause by itself, and a question put indirectly ("It is not clear when the criminals were
     * caught", "did not say where …") is no relative clause: cut there, the doubt would be lost.
     */
    private static final Pattern RELATIVE_START = Pattern.compile("(?:,\\s+|(?<!\\b(?:clear|known|unclear|unknown|sure|"
            + "certain|explain|explained|ask|asked|asks|wonder|wondered|determine|determined|know|knew|decide|remember|recall|"
            + "say|said|says|tell|told|reveal|revealed|disclose|disclosed))\\s)(?:where|when|(?:which|who|whom)(?=\\s+"
            + "(?:\\p{Lu}|(?:the|a|an|it|he|she|they|we|i|its|his|her|their|this|these|those)\\b)))\\s+");
    /** What trails a clause: a relative, a participle, an attribution tail, a semicolon or a dash. */
    private static final Pattern TRAIL = Pattern.compile(
            ",\\s+(?:which|who|whom|where|in which|according to|as per|citing"
                    + "|(?:[a-z]+ly\\s+)?(?!during|morning|evening|spring|nothing|something|anything|everything)[a-z]{3,}ing)\\b"
                    + "|;|\\s[–—-]{1,2}\\s");

    /**
     * A closing attribution: ", officials said.", ", the ministry told reporters.", or after a
     * quotation also ",” Menear continued." ("continued", "warned" and the like close a quotation;
     * after a plain clause they are its own verb: "On Sunday, the protests continued.").
     */
    private static final Pattern SAID_AT_END = Pattern.compile(
            "(?:,[\"”’]?\\s+[^,]{1,60}?\\s(?:said|says|told\\s+[^,]{1,30}|reported|added|stated|announced|confirmed)"
                    + "|,[\"”]\\s+[^,]{1,60}?\\s(?:continued|noted|wrote|explained|argued|insisted|warned|tweeted))"
                    + "\\s*[.!]?\\s*$");

    private EventClause() {}

    /**
     * @param text the article text
     * @param sentence the sentence holding the time expression
     * @param time the time expression
     * @return the clause's span, within {@code sentence}, trimmed of surrounding spaces, commas and dashes
     */
    static Span of(String text, Span sentence, Span time) {
        if (time.start() < sentence.start() || time.end() > sentence.end()) {
            return trimmed(text, sentence);
        }
        Span within = after(text, sentence, time, THAT);
        if (within.start() == sentence.start()) {
            within = after(text, sentence, time, SAID_WITHOUT_THAT);
        }
        if (DOUBTED.matcher(text).region(sentence.start(), within.start()).find()) {
            // "The ministry denied that it ordered the strike on Monday": without its frame the clause says the opposite.
            within = sentence;
        }
        Span relative = relativeClause(text, within, time);
        Span clause = relative;
        if (words(text, clause) < MIN_WORDS) {
            clause = words(text, within) >= MIN_WORDS ? within : sentence;
        }
        return trimmed(text, withoutTrail(text, clause, time));
    }

    /** {@code span} from the end of the last match of {@code start} before the time. */
    private static Span after(String text, Span span, Span time, Pattern start) {
        Matcher m = start.matcher(text).region(span.start(), time.start());
        int from = span.start();
        while (m.find()) {
            from = m.end();
        }
        return new Span(from, span.end());
    }

    /**
     * The relative clause that holds the time, from its "where", "which", "who" or "when" on; one
     * set off by a comma (", which began in March, …") ends at the next comma. {@code span} when
     * the time is in no relative clause.
     */
    private static Span relativeClause(String text, Span span, Span time) {
        Matcher m = RELATIVE_START.matcher(text).region(span.start(), time.start());
        Span out = span;
        while (m.find()) {
            int comma = text.indexOf(',', time.end());
            out = new Span(m.end(), text.charAt(m.start()) == ',' && comma >= 0 && comma < span.end() ? comma : span.end());
        }
        return out;
    }

    /** {@code span} without what trails the clause of the time, nor a closing attribution or full stop. */
    private static Span withoutTrail(String text, Span span, Span time) {
        Matcher trail = TRAIL.matcher(text).region(time.end(), span.end());
        int end = span.end();
        while (trail.find()) {
            int resumes = inSubject(text, trail, span.end());
            if (resumes < 0) {
                end = trail.start();
                break;
            }
            trail.region(resumes, span.end());
        }
        Matcher said = SAID_AT_END.matcher(text).region(time.end(), end);
        if (said.find()) {
            // A quotation's closing mark stays with it; a cut that leaves too little ("In 2015, the
            // first case was reported") was no attribution.
            int cut = said.start() + (QUOTES.indexOf(text.charAt(said.start() + 1)) >= 0 ? 2 : 0);
            if (words(text, new Span(span.start(), cut)) >= MIN_WORDS) {
                end = cut;
            }
        }
        while (end > span.start() && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return new Span(span.start(), end);
    }

    /**
     * Where the clause goes on after a relative clause set off by commas inside its subject ("in
     * 2010, the laboratory of Stephen Liggett, who was then at the University of Maryland, reported
     * that …"): after the closing comma when its next word is a verb (a past tense, "says" or an
     * auxiliary), else -1, and the relative clause is a trail.
     */
    private static int inSubject(String text, Matcher trail, int end) {
        if (!RELATIVE_TRAIL.matcher(trail.group()).matches()) {
            return -1;
        }
        int comma = text.indexOf(',', trail.end());
        if (comma < 0 || comma >= end) {
            return -1;
        }
        Matcher verb = VERB_AFTER.matcher(text).region(comma + 1, end);
        return verb.lookingAt() ? comma + 1 : -1;
    }

    /** A trail that opens a relative clause about a person or thing. */
    private static final Pattern RELATIVE_TRAIL = Pattern.compile(",\\s+(?:which|who|whom)");
    /** A finite verb opening what follows a comma: "reported", "says", "was", "will". */
    private static final Pattern VERB_AFTER = Pattern.compile("\\s+(?:[a-z]{2,}ed|says|was|were|is|are|has|have|had|"
            + "will|would|can|could|did|does|said|told|made|took|found|began|led|won|lost|became|saw|sent|gave|went|came)\\b");

    private static int words(String text, Span span) {
        String s = text.substring(span.start(), span.end()).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static Span trimmed(String text, Span span) {
        int a = span.start();
        int b = span.end();
        while (a < b && LOOSE.indexOf(text.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && LOOSE.indexOf(text.charAt(b - 1)) >= 0) {
            b--;
        }
        // A quotation that runs on past the clause, or began before it, leaves one mark at an edge: drop it.
        int lone = unpairedMark(text, a, b);
        if (b - a > 1 && lone == a) {
            return trimmed(text, new Span(a + 1, b));
        }
        if (b - a > 1 && lone == b - 1) {
            return trimmed(text, new Span(a, b - 1));
        }
        return new Span(a, b);
    }

    /**
     * The quotation mark in {@code [from, to)} left without its pair, or -1: straight marks pair in
     * order (an odd one out is the last), a curly closing mark needs an opening one before it.
     */
    private static int unpairedMark(String text, int from, int to) {
        int straight = -1;
        int straightCount = 0;
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        int closer = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight = i;
                straightCount++;
            } else if (c == '“') {
                open.push(i);
            } else if (c == '”') {
                if (open.isEmpty()) {
                    closer = closer < 0 ? i : closer;
                } else {
                    open.pop();
                }
            }
        }
        if (straightCount % 2 == 1) {
            return straight;
        }
        if (closer >= 0) {
            return closer;
        }
        return open.isEmpty() ? -1 : open.peekLast();
    }

    /** Double quotation marks, straight and curly. */
    private static final String QUOTES = "\"“”";

    /** What a clause neither begins nor ends with: spaces, commas, dashes. */
    private static final String LOOSE = " \t\n\r\u00a0,–—-";
}
