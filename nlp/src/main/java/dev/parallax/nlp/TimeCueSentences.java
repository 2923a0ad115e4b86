package dev.parallax.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of an annotated document that SUTime can find something in: the tokens around a month or
 * weekday name (capitalised, since "may", "march", "sat" and "wed" in lower case are verbs), a unit
 * or word of time ("weeks", "ago", "yesterday", "now", "quarter", "summer"), or a number that can
 * be a time: a year-like number ("1998", "2024-25", "FY2024"), a decade ("1990s", "'90s"), a
 * two-digit year ("'98"), a year in words ("nineteen ninety-six"), a clock time ("10:30", "5pm", "5 p.m."), a numeric date ("3/12",
 * "2025-04-27", "27.04.2025", not the decimal "3.5"), an ordinal ("5th"), or a number joined to a unit ("24-hour", "10-day"). Other
 * numbers — counts, prices, percentages, which fill most news sentences — make no time by
 * themselves, nor do number words without a unit, nor words SUTime reads no time from on their own
 * ("time", "then", "soon", "meanwhile", "moment", "period": on TempEval-3 its output is the same
 * without them, and they bring a tenth of a news article's tokens). A sentence without any cue holds no time
 * expression SUTime's English rules read, so skipping it changes nothing but the time spent:
 * SUTime's cost grows with every token it is given (its rules are tried at each position). Within a
 * sentence, only {@link #REACH_BEFORE} tokens before a cue and {@link #REACH_AFTER} after it are
 * kept, since no expression reaches further from its time word: on TempEval-3 this leaves
 * Parallax's TimeBank scores as they were and gains 0.002 value F1 on AQUAINT, and it takes SUTime
 * from about 48 to 18 ms of CPU for a 600-word article.
 */
final class TimeCueSentences {
    private static final Pattern CALENDAR_NAME = Pattern.compile(
            "(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October"
            + "|Nov|November|Dec|December|Mon|Monday|Tue|Tues|Tuesday|Wed|Wednesday|Thu|Thur|Thurs|Thursday|Fri|Friday"
            + "|Sat|Saturday|Sun|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\\.?"
            + "|(?:JAN|JANUARY|FEB|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPT|SEPTEMBER|OCT|OCTOBER|NOV|NOVEMBER|DEC|DECEMBER"
            + "|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)");
    private static final Pattern WORD = Pattern.compile(
            "years?|yearly|months?|monthly|weeks?|weekly|weekends?|days?|daily|today|tonight|yesterday|tomorrow"
            + "|now|nowadays|current|currently|recent|recently|ago|earlier|later|past|future|previous|previously|once|formerly"
            + "|mornings?|afternoons?|evenings?|nights?|nightly|noon|midday|midnight|overnight|dawn|dusk|hours?|hourly|minutes?"
            + "|seconds?|decades?|century|centuries|millennium|quarters?|quarterly|semesters?|seasons?|spring|summer|autumn|fall"
            + "|winter|annual|annually|fortnight|christmas|easter|thanksgiving|ramadan|eid|diwali|holidays?"
            + "|o'clock"
            + "|[a-z0-9]+-(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|quarters?|century)(?:-olds?)?");
    private static final Pattern TIME_NUMBER = Pattern.compile(
            ".*(?<!\\d)(?:1\\d|20|21)\\d\\d(?!\\d).*|'?\\d0s|'\\d\\d|\\d{1,2}:\\d\\d.*|\\d{1,2}(?:[ap]\\.?m\\.?|h|hrs)"
            + "|\\d{1,4}[/-]\\d{1,2}(?:[/-]\\d{1,4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d+(?:st|nd|rd|th)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern SPOKEN_TENS = Pattern.compile("(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "gmt", "utc",
            "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "ist", "jst", "hrs", "h");

    private TimeCueSentences() {}

    /** Whether a word can follow a clock time in its sentence: a weekday or month name, or a zone ("10 a.m. Friday", "9 p.m. EST"). */
    static boolean followsClock(String word) {
        return CALENDAR_NAME.matcher(word).matches() || CLOCK_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Tokens before a cue that SUTime still sees. English time expressions grow leftwards, through
     * determiners, modifiers and counts ("no more than sixty days", "the last half of the '80s",
     * "at least the first two quarters"): with four, "the last half of the '80s" loses its "the".
     */
    static final int REACH_BEFORE = 5;
    /**
     * Tokens after a cue that SUTime still sees. To the right an expression ends within a few words
     * of its last cue ("two weeks ago", "5 p.m. local time", "a year and a half", "the week before
     * last"), and a later part that is itself a time ("of next year", "Friday") is a cue of its own.
     * On TempEval-3, two, three and six after (all with five before) gave the same value F1 on both
     * sets; three leaves room for a trailing "and a half". It cut
     * SUTime's CPU on the bench articles from about 24 to 18 ms an article (two: 16).
     */
    static final int REACH_AFTER = 3;

    /**
     * A view of {@code doc} with only the stretches of its sentences around a time cue: each stretch is
     * the cue's tokens with {@link #REACH_BEFORE} tokens before and {@link #REACH_AFTER} after, overlapping stretches joined, and it
     * becomes a sentence of its own (the same token objects, offsets and date), cut from the
     * sentence's text where the stretch is shorter than the sentence.
     */
    static Annotation of(Annotation doc) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> st = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int[] w : windows(st, REACH_BEFORE, REACH_AFTER)) {
                List<CoreLabel> part = st.subList(w[0], w[1]);
                sentences.add(w[0] == 0 && w[1] == st.size() ? s : stretch(s, part, w[0], text));
                tokens.addAll(part);
            }
        }
        return documentOf(doc, sentences, tokens);
    }

    /** A document of {@code doc}'s text and date made of the given sentences and tokens. */
    private static Annotation documentOf(Annotation doc, List<CoreMap> sentences, List<CoreLabel> tokens) {
        Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            sub.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sub;
    }

    /**
     * Token ranges [from, to) of {@code tokens} from {@code before} tokens before a cue to {@code after}
     * tokens after it, overlapping or touching ones joined.
     */
    static List<int[]> windows(List<CoreLabel> tokens, int before, int after) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int cueEnd = cueEnd(tokens, i);
            if (cueEnd < 0) {
                continue;
            }
            int from = Math.max(0, i - before);
            int to = Math.min(tokens.size(), cueEnd + after);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    /** A sentence made of part of {@code sentence}: its tokens from index {@code first}, with their text and offsets. */
    private static CoreMap stretch(CoreMap sentence, List<CoreLabel> part, int first, String text) {
        Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        return filled(new ArrayCoreMap(sentence), part, text, tokenBegin == null ? null : tokenBegin + first);
    }

    /** The end (exclusive) of the cue starting at token {@code i}, or -1 when token {@code i} starts none. */
    private static int cueEnd(List<CoreLabel> tokens, int i) {
        String w = tokens.get(i).word();
        // The checks before each pattern are only what every match needs (a capital, a digit):
        // most tokens fail them, and the patterns would be tried at every token of every sentence.
        if (!w.isEmpty() && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z' && CALENDAR_NAME.matcher(w).matches()) {
            return i + 1;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (WORD.matcher(lower).matches() || hasDigit(lower) && TIME_NUMBER.matcher(lower).matches()) {
            return i + 1;
        }
        if (NUMBER.matcher(w).matches() && i + 1 < tokens.size()
                && CLOCK_WORDS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            return i + 2;
        }
        if ((lower.equals("nineteen") || lower.equals("eighteen")) && i + 1 < tokens.size()
                && SPOKEN_TENS.matcher(tokens.get(i + 1).word().toLowerCase(Locale.ROOT)).matches()) {
            return i + 2; // "nineteen ninety-six", as broadcast transcripts write a year
        }
        return -1;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of expressions SUTime joined but could not value ("Nov. 3, the day before", "more than
     * four hours Friday", "the first nine months of 1997"), each a sentence of its own, so that SUTime
     * can be asked again for what each part says: a part ends at a comma and before "of", "after",
     * "before", "this", "last", "next" or a month or weekday name; one before "of", "after" or
     * "before" that counts nothing ("the day before", "the week of"), or before "this", "last" or
     * "next" without a figure ("second this year"), is left out.
     */
    static Annotation partsOf(Annotation doc, List<CoreMap> unvalued) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap m : unvalued) {
            List<CoreLabel> ts = m.get(CoreAnnotations.TokensAnnotation.class);
            if (ts == null || ts.isEmpty()) {
                continue;
            }
            int from = 0;
            for (int i = 0; i <= ts.size(); i++) {
                String w = i < ts.size() ? ts.get(i).word() : null;
                String lw = w == null ? "" : w.toLowerCase(Locale.ROOT);
                boolean deictic = i > from && DEICTIC.contains(lw);
                boolean cut = w == null || w.equals(",") || PART_START.contains(lw) || deictic
                        || i > from && CALENDAR_NAME.matcher(w).matches() && !PART_START.contains(ts.get(i - 1).word().toLowerCase(Locale.ROOT));
                if (!cut) {
                    continue;
                }
                boolean head = w != null && PART_START.contains(lw)
                        && ts.subList(from, i).stream().noneMatch(t -> COUNT.matcher(t.word().toLowerCase(Locale.ROOT)).matches())
                        || deictic && ts.subList(from, i).stream().noneMatch(t -> DIGITS.matcher(t.word()).find());
                if (i > from && !head) {
                    List<CoreLabel> part = ts.subList(from, i).stream().map(TimeCueSentences::fresh).toList();
                    sentences.add(sentenceOf(part, text, tokens.size()));
                    tokens.addAll(part);
                }
                from = w != null && w.equals(",") ? i + 1 : i;
            }
        }
        return documentOf(doc, sentences, tokens);
    }

    private static final Set<String> PART_START = Set.of("of", "after", "before");
    /** "this", "last", "next" start an expression of their own ("second this year", "a flat year this year"); what comes before them without a figure is left out. */
    private static final Set<String> DEICTIC = Set.of("this", "last", "next");
    private static final Pattern DIGITS = Pattern.compile("\\d");
    /**
     * A number, in figures or words: a part before "of", "after" or "before" without one ("the day
     * before", "the week of") is the head of what follows, not a time of its own.
     */
    private static final Pattern COUNT = Pattern.compile("\\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|half|several|few|couple");

    /** A copy of a token with its words, offsets and entity tag only: what SUTime left on it is not read again. */
    private static CoreLabel fresh(CoreLabel t) {
        CoreLabel c = new CoreLabel();
        c.setWord(t.word());
        c.setValue(t.value());
        c.setOriginalText(t.originalText());
        c.setBeginPosition(t.beginPosition());
        c.setEndPosition(t.endPosition());
        c.setNER(t.ner());
        c.setIndex(t.index());
        c.setBefore(t.before());
        c.setAfter(t.after());
        return c;
    }

    private static CoreMap sentenceOf(List<CoreLabel> part, String text, int tokenBegin) {
        return filled(new ArrayCoreMap(), part, text, tokenBegin);
    }

    /** {@code out} as the sentence of {@code part}: its tokens, text, offsets and (when known) token indices. */
    private static CoreMap filled(CoreMap out, List<CoreLabel> part, String text, Integer tokenBegin) {
        int begin = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        out.set(CoreAnnotations.TokensAnnotation.class, part);
        out.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        out.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        out.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        if (tokenBegin != null) {
            out.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
            out.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + part.size());
        }
        return out;
    }
}
