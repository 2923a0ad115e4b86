package dev.parallax.nlp;

import dev.parallax.core.annotate.SentenceSplitter;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.StopWords;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits English text into trimmed sentence spans with OpenNLP; no sentence ever crosses a line
 * break, and none starts after an abbreviation the model took for a sentence end: an initialism
 * before a word in lower case ("a.m. local time"), a clock's "a.m." before its day or zone, a
 * title before a name ("Rt. Hon.").
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    static final String RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String ARTIFACT = "org.apache.opennlp:opennlp-models-sentdetect-en";

    /** A clock's "a.m." or "p.m." ending a sentence. */
    private static final Pattern CLOCK_AT_END = Pattern.compile("(?i)(?<![\\p{L}.])[ap]\\.m\\.$");
    /** Titles and abbreviations that stand before a name: "Rt.", "Hon.", "Gen.", "Sen.", "vs.". */
    /** The months' abbreviations with a full stop: "Nov.", "Sept.". */
    private static final String MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final String TITLES = "Rt|Hon|vs|v|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Sen|Sens|Rep|Reps|Gov|Pres|Prof|Dr|Mr|Mrs|Ms|Messrs"
            + "|Rev|Fr|Supt|Insp|Amb|Atty|Det|Pvt|Spc|Ofc|Const|Brig|Cdr";
    /** A web address, which may follow a sentence in lower case: "https://t.co/…", "pic.twitter.com/…", "bit.ly/…". */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?:|www\\.|[\\p{Ll}\\p{N}-]+(?:\\.[\\p{Ll}\\p{N}-]+)*\\.\\p{Ll}{2,}/)");
    /**
     * A saint's, a mount's or a fort's abbreviation after a word in lower case, ending a sentence:
     * "the streets of St." (+ "Louis"); not a street after its name, "on Main St.".
     */
    private static final Pattern PLACE_PREFIX_AT_END = Pattern.compile(
            "(?:^|(?<![\\p{L}.])\\p{Ll}+\\s+|,\\s+|\\b(?:Mount|Fort|Lake|Port|Cape)\\s+)(?:St|Mt|Ft)\\.$");
    /** The zones a clock names without their season: "3 p.m. ET". */
    private static final java.util.Set<String> US_ZONES = java.util.Set.of("ET", "CT", "MT", "PT");
    /** A quotation closed after "!" or "?" ending a sentence: the speaker's tag may follow ("“No! we are brothers!” Francis told …"). */
    private static final Pattern EXCLAIMED_QUOTE_AT_END = Pattern.compile("[!?][\"”]$");
    /** A name and a verb of saying: the tag of the quotation before it ("Francis told", "Sen. Lindsey Graham charged"). */
    private static final Pattern SPEECH_TAG_AHEAD = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:said|says|told|tells|asked|asks|added|shouted|yelled|wrote|replied|"
                    + "charged|insisted|declared|exclaimed|joked|tweeted)\\b");
    /** A street number and its compass point ending a sentence: "at 3099 N." (+ "State Road 7"). */
    private static final Pattern STREET_POINT_AT_END = Pattern.compile("(?<![\\p{L}.])\\d+\\s+[NSEW]\\.$");
    /** A title ending a sentence: "the former Speaker Rt.". */
    private static final Pattern TITLE_AT_END = Pattern.compile("(?<![\\p{L}.])(?:" + TITLES + ")\\.$");
    /** A name's initial after a title or another initial, ending a sentence: "Hon. B.", "B. U.". */
    private static final Pattern NAME_INITIAL_AT_END = Pattern.compile("(?<![\\p{L}.])(?:" + TITLES + "|\\p{Lu})\\.\\s+\\p{Lu}\\.$");

    /**
     * A person's initials ending a sentence, "A.J.", "W.", "W.E.B."; not a country's or a union's
     * ("U.S.", "U.K.", "U.N.", "E.U.", "D.C."), which end sentences often.
     */
    private static final Pattern NAME_INITIALS_AT_END = Pattern.compile(
            "(?<![\\p{L}.])(?!(?:U\\.S|U\\.K|U\\.N|E\\.U|D\\.C)\\.$)(?:\\p{Lu}\\.){1,3}$");
    private static final Pattern TWO_INITIALS_AT_END = Pattern.compile("(?:\\p{Lu}\\.){2,3}$");
    /** A capitalised word: the surname after two initials ("Burnett"). */
    private static final Pattern SURNAME_AHEAD = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\b");
    /** Two capitalised words, the first no function word: the name the initials belong to ("Grant McMurray"). */
    private static final Pattern NAME_AHEAD = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+\\p{Lu}\\p{L}+");
    /** A single capital and its full stop ending a sentence: "E. coli", "R. rickettsii", a middle initial. */
    private static final Pattern INITIAL_AT_END = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\.$");
    /**
     * A name and its middle initial ending a sentence: "John F." (+ "Kennedy"); not a letter that
     * names a plan, a type or a group ("Plan B.", "vitamin D.").
     */
    private static final Pattern MIDDLE_INITIAL_AT_END = Pattern.compile(
            "(?<![\\p{L}.])(?!(?:Plan|Vitamin|Type|Group|Class|Category|Grade|Section|Part|Appendix|Exhibit|Option|Model|"
                    + "Division|Team|Pool|Block|Gate|Hall|Wing|Level|Row|Zone|Phase|Stage|Area|Gen|Generation|Title|Terminal|"
                    + "Hepatitis|Formula|Malcolm|Camp|Platform|Pier|Building|Tower|Floor|Lot|Ward|Bay|Channel|Court|Room)\\s)\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.$");

    /** A month's or a number's abbreviation ending a sentence: "Nov.", "Sept.", "No.", "Fig.", "pp.", "et al." (+ a year). */
    private static final Pattern BEFORE_NUMBER_AT_END = Pattern.compile(
            "(?<![\\p{L}.])(?:" + MONTHS + "|No|Nos|Fig|Figs|Vol|Ch|pg|pp|p|et al)\\.$");

    /** An agency's credit with its dash, after a dateline the model ended: "TALLAHASSEE, Fla." + "(AP) — …". */
    private static final Pattern WIRE_CREDIT_AHEAD = Pattern.compile("\\(\\p{Lu}[^)]{0,30}\\)\\s*(?:--|[—–-])");
    /** A city in capitals with its region, all the model took for a sentence: "TALLAHASSEE, Fla.". */
    private static final Pattern DATELINE_SENTENCE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}.'’ -]+(?:,\\s*\\p{Lu}[\\p{L}.]{0,12}(?:\\s\\p{Lu}[\\p{L}.]{0,12}){0,2})?");

    /**
     * A sentence end glued to the next sentence where a scraper lost the space or line break
     * between them: a word of two or more lower-case letters (or a closing bracket or quotation
     * mark) with its full stop, question or exclamation mark, straight before a capitalised word
     * and a space ("… care for their child.Less than a week later, …"). Not after a title or a
     * month ("Mrs.Smith", "Sept.Ten"), nor inside a web address ("Amazon.Com", "example.org"). So is
     * a quotation closed after its full stop: "… let me die."It started in 2011 …".
     */
    private static final Pattern GLUED_END = Pattern.compile(
            "(?<=(?<![\\p{L}.\\p{N}/@])\\p{L}\\p{Ll}{1,40}|[)\\]\"”’])[.!?](?!(?:Com|Net|Org|Edu|Gov)\\b)(?=\\p{Lu}\\p{Ll}+[\\s,])"
                    // a quotation closed after its full stop, glued to the next: "… let me die."It started …"
                    + "|(?<=\\p{Ll}[.!?])[\"”](?=\\p{Lu}(?:\\p{Ll}+)?[\\s,’'])");
    private static final Pattern NO_END_BEFORE_NAME = Pattern.compile(
            "(?i)(?:" + TITLES + "|" + MONTHS + "|No|Nos|St|Mt|Ft|Jr|Sr|Inc|Corp|Ltd|vs|www)$");

    private final SentenceModel model;

    /** Loads the bundled English (UD EWT) model; prefer {@link NlpModels#sentences()}, which loads it once. */
    public OpenNlpSentenceSplitter() {
        this(load());
    }

    public OpenNlpSentenceSplitter(SentenceModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    private static SentenceModel load() {
        try (InputStream in = ModelResource.open(RESOURCE, ARTIFACT)) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw ModelResource.unreadable(RESOURCE, e);
        }
    }

    @Override
    public List<Span> split(String text) {
        // SentenceDetectorME keeps per-call state; it costs microseconds to make, so make one per call.
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = start;
            while (end < n && !isLineBreak(text.charAt(end))) {
                end++;
            }
            int from = start;
            for (int glue : gluedEnds(text, start, end)) {
                splitLine(detector, text, from, glue, out);
                from = glue;
            }
            if (end > from) {
                splitLine(detector, text, from, end, out);
            }
            start = end + 1;
        }
        return List.copyOf(out);
    }

    private static void splitLine(SentenceDetectorME detector, String text, int from, int to, List<Span> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
            int a = from + s.getStart();
            int b = from + s.getEnd();
            while (a < b && isSpace(text.charAt(a))) {
                a++;
            }
            while (b > a && isSpace(text.charAt(b - 1))) {
                b--;
            }
            if (b <= a) {
                continue;
            }
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() > from && continuesAfterAbbreviation(text, last, a)) {
                out.set(out.size() - 1, new Span(last.start(), b));
            } else {
                out.add(new Span(a, b));
            }
        }
    }

    /**
     * Whether a sentence the model ended goes on at {@code next}. An English sentence never starts
     * with a word in lower case (though "iPhone" and "eBay" may, so a word with a capital inside is
     * left where the model put it): whatever the model ended before one did not end there — an
     * initialism ("2 a.m. local time", "the U.N. envoy"), a suffix ("Sammy Davis Jr. was handed …"),
     * a single capital ("E. coli"), a state in brackets ("Paul Ryan (R-Wis.) said …"), a price
     * ("$1.05 a share"), a web address ("ghanabusinessnews.com broke it …"), an exclamation in
     * brackets ("(… with the wind chill!) weather"). Before a capital the model also ends sentences
     * after abbreviations it does not know: a clock's "a.m." or "p.m." before the day, month or zone
     * it belongs to ("10 a.m. Friday, Dec. 6", "9 p.m. EST"), a name's middle initial before the
     * surname ("John F. Kennedy"; not before a word that opens sentences, "Malcolm X. It …", nor after
     * a word that names a place or a kind, "Area C.", "Terminal C."), a person's initials before the
     * rest of the name ("president W. Grant McMurray", "one A.J. Burnett start"; not "the U.S."), a dateline before its agency's
     * credit ("TALLAHASSEE, Fla. (AP) — …"), a title before a name ("Rt. Hon. B. U. Nzeribe", "St.
     * Louis", "St. Croix, St. Thomas", "Mount St. Helens", "Kramer vs. Kramer", "Plessy v. Ferguson", "Sens. Ted Cruz"), a
     * street number's compass point ("3099 N. State Road 7"), a quotation that ends on "!" or "?" before
     * its speaker's tag ("“No! we are brothers!” Francis told Benedict"), a clock's "p.m." before its
     * other zone in brackets ("a 9 p.m. (3 p.m. ET) deadline"), and a month, "No." or "Fig." before its number ("Nov. 18, 2019",
     * "Aug. 2019", "No. 10", "Fig. 2").
     */
    private static boolean continuesAfterAbbreviation(String text, Span previous, int next) {
        String nextWord = wordAt(text, next);
        if (!nextWord.isEmpty() && nextWord.equals(nextWord.toLowerCase(Locale.ROOT))
                && !WEB_ADDRESS.matcher(text).region(next, text.length()).lookingAt() && !inWebAddress(text, previous)) {
            return true;
        }
        if (next < text.length() && Character.isDigit(text.charAt(next)) && endsWith(BEFORE_NUMBER_AT_END, text, previous)) {
            return true;
        }
        if (endsWith(TITLE_AT_END, text, previous) || endsWith(NAME_INITIAL_AT_END, text, previous)
                || endsWith(PLACE_PREFIX_AT_END, text, previous) || endsWith(STREET_POINT_AT_END, text, previous)) {
            return !nextWord.isEmpty() && Character.isUpperCase(nextWord.charAt(0));
        }
        if (WIRE_CREDIT_AHEAD.matcher(text).region(next, text.length()).lookingAt()
                && DATELINE_SENTENCE.matcher(text.substring(previous.start(), previous.end())).matches()) {
            return true;
        }
        if (endsWith(NAME_INITIALS_AT_END, text, previous)) {
            // two initials need the surname only ("A.J. Burnett"); one needs two names ("W. Grant McMurray")
            boolean twoInitials = endsWith(TWO_INITIALS_AT_END, text, previous);
            Matcher name = (twoInitials ? SURNAME_AHEAD : NAME_AHEAD).matcher(text).region(next, text.length());
            if (name.lookingAt() && !StopWords.isEnglish(name.group(1))) {
                return true;
            }
        }
        if (endsWith(INITIAL_AT_END, text, previous)) {
            return !nextWord.isEmpty() && Character.isUpperCase(nextWord.charAt(0))
                    && !StopWords.isEnglish(nextWord) && endsWith(MIDDLE_INITIAL_AT_END, text, previous);
        }
        if (endsWith(EXCLAIMED_QUOTE_AT_END, text, previous) && SPEECH_TAG_AHEAD.matcher(text).region(next, text.length()).lookingAt()) {
            return true;
        }
        return endsWith(CLOCK_AT_END, text, previous)
                && (TimeCueSentences.followsClock(nextWord) || US_ZONES.contains(nextWord)
                        || next < text.length() && text.charAt(next) == '(');
    }

    /**
     * Whether a "sentence" the model ended is a piece of a web address written with spaces, as ECB+
     * rebuilds its documents' source addresses from tokens ("http: / / www." + "latimes." + "com / 2013
     * / …"): a single word, or one holding "http" or "www.". Joining those pieces would make a lead
     * sentence of the address.
     */
    private static boolean inWebAddress(String text, Span previous) {
        String s = text.substring(previous.start(), previous.end());
        return s.indexOf(' ') < 0 || s.contains("http") || s.contains("www.");
    }

    /** Offsets just after each sentence end glued to the next sentence within a line [from, to) ({@link #GLUED_END}). */
    private static List<Integer> gluedEnds(String text, int from, int to) {
        List<Integer> out = new ArrayList<>();
        var m = GLUED_END.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            int wordStart = m.start();
            while (wordStart > from && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, m.start());
            if (!word.isEmpty() && NO_END_BEFORE_NAME.matcher(word).matches()) {
                continue;
            }
            out.add(m.end());
        }
        return out;
    }

    private static boolean endsWith(Pattern atEnd, String text, Span span) {
        return atEnd.matcher(text).region(span.start(), span.end()).find();
    }

    /** The letters from {@code at} on (empty when none). */
    private static String wordAt(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
