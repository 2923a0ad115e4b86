package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.clean.Credits;
import java.util.ArrayList;
import java.util.List;

/**
 * Parallax's attribution extractor: direct quotes, partial quotes and reported speech of an
 * article, each with its content, cue and source spans and its channel. Rules first: a
 * lexicon of cue verbs ({@code cues.tsv}), the constructions of news English read around each
 * cue ({@link UnitReader}), quotations found by their marks ({@link QuoteScanner}) and relays
 * read by {@link ChannelFinder}; then, on the words the rules left free, cues found by a learned
 * detector ({@link CueTagger}, trained on PolNeAR train), read by the same constructions or, where
 * none fits, as "source cue content" with a learned source picker. Then three steps across sentences:
 * <ul>
 *   <li>a sentence that is a quotation and nothing else, in the paragraph of an attribution
 *       or right after it, continues that attribution's content ("…,” she said. “…”);</li>
 *   <li>"“C.” X said." — a cue with a source and no content takes the quotation just before it;</li>
 *   <li>a pronoun source ("he said") is resolved to the nearest earlier named source that fits
 *       (a person for he/she, any for they), and marked as resolved.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class AttributionExtractor {
    private static final AttributionExtractor RULES = new AttributionExtractor(null, WeakCues.none());
    /** A quotation longer than this is not joined into one unit with the sentences around it (hostile input). */
    private static final int MAX_UNIT_CHARS = 6000;

    private final CueTagger tagger;
    private final WeakCues weak;

    private AttributionExtractor(CueTagger tagger, WeakCues weak) {
        this.tagger = tagger;
        this.weak = weak;
    }

    private static final class Holder {
        static final AttributionExtractor STANDARD = new AttributionExtractor(CueTagger.standard(), WeakCues.standard());
    }

    /** The rules, then the bundled {@link CueTagger} for cues outside the lexicon; attributions with a {@link WeakCues#standard() weak cue} dropped. */
    public static AttributionExtractor standard() {
        return Holder.STANDARD;
    }

    /** The rules alone, without the learned cue detector. */
    public static AttributionExtractor rulesOnly() {
        return RULES;
    }

    /** The rules, then the given cue detector at its threshold; no cue dropped as weak. */
    public static AttributionExtractor withTagger(CueTagger tagger) {
        return new AttributionExtractor(java.util.Objects.requireNonNull(tagger, "tagger"), WeakCues.none());
    }

    /** This extractor, dropping the attributions whose cue is in {@code weak}. */
    public AttributionExtractor withWeakCues(WeakCues weak) {
        return new AttributionExtractor(tagger, java.util.Objects.requireNonNull(weak, "weak"));
    }

    /**
     * The attributions of {@code text}, in the order of their cues.
     *
     * @param text an article's cleaned text
     * @param sentences its sentences, in order, as spans into {@code text} (a {@code SentenceSplitter}'s output)
     */
    public List<Attribution> extract(String text, List<Span> sentences) {
        sentences = rejoined(text, sentences);
        List<Span> quotes = QuoteScanner.quotes(text);
        List<Span> units = units(sentences, quotes);
        List<Attribution> out = new ArrayList<>();
        Attribution last = null;
        int lastUnit = -1;
        for (int u = 0; u < units.size(); u++) {
            Span unit = withoutDateline(text, units.get(u));
            List<Attribution> here = new UnitReader(text, unit, quotes, tagger).read();
            if (weak.size() > 0) {
                here = here.stream().filter(a -> !weak.isWeak(text, a)).toList();
            }
            if (here.isEmpty() && last != null && isBareQuote(text, unit, quotes) && continues(text, units, lastUnit, u)) {
                List<Span> content = new ArrayList<>(last.content());
                content.add(unit);
                Attribution grown = last.withContent(content);
                out.set(out.size() - 1, grown);
                last = grown;
                lastUnit = u;
                continue;
            }
            out.addAll(here);
            if (!here.isEmpty()) {
                last = here.get(here.size() - 1);
                lastUnit = u;
            }
        }
        return List.copyOf(SourceResolver.resolve(text, out));
    }

    /**
     * The unit without the dateline that opens its paragraph ("Seoul, April 27 Russia confirmed…"),
     * so that the place and date are not read as part of the source. Only a dateline with a date or
     * an agency credit is cut: "Name: statement" stays whole.
     */
    static Span withoutDateline(String text, Span unit) {
        if (unit.start() > 0 && text.charAt(unit.start() - 1) != '\n') {
            return unit;
        }
        int d = Credits.datedDatelineLength(unit.of(text));
        return d == 0 ? unit : new Span(unit.start() + d, unit.end());
    }

    /**
     * Sentences joined where the splitter cut after an abbreviation: a sentence that starts with a
     * lower-case word on the same line continues the one before ("Sanders (I-Vt.) | said he …"), and
     * so does one after a title's dot or a middle initial ("“…,” Mrs. | Clinton said", "Michael C. | Cernech said").
     */
    static List<Span> rejoined(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>(sentences.size());
        for (Span s : sentences) {
            if (!out.isEmpty() && s.start() < s.end()
                    && (Character.isLowerCase(text.charAt(s.start())) || endsWithTitle(text, out.get(out.size() - 1)))
                    && text.substring(out.get(out.size() - 1).end(), s.start()).indexOf('\n') < 0) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Titles written with a dot that stand before a name: a sentence never ends on them. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov",
            "gen", "lt", "col", "sgt", "capt", "adm", "prof", "rev", "pres", "maj", "cmdr", "hon", "atty", "supt", "messrs");

    /** Whether the sentence ends on a title's dot ("… Mrs." | "Clinton said"): the splitter cut before a name. */
    private static boolean endsWithTitle(String text, Span sentence) {
        int end = sentence.end();
        while (end > sentence.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= sentence.start() || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > sentence.start() && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        boolean wordStart = start == sentence.start() || !Character.isLetterOrDigit(text.charAt(start - 1));
        if (!wordStart || start >= end - 1 || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        if (end - 1 - start == 1) {
            // A middle initial after a first name: "Michael C. | Cernech said".
            int p = start - 1;
            while (p > sentence.start() && text.charAt(p) == ' ') {
                p--;
            }
            int w = p;
            while (w > sentence.start() && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            return p > w && p < start - 1 && Character.isLetter(text.charAt(p)) && Character.isUpperCase(text.charAt(w));
        }
        return TITLES.contains(text.substring(start, end - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Sentences joined where a quotation runs across them. */
    static List<Span> units(List<Span> sentences, List<Span> quotes) {
        List<Span> out = new ArrayList<>();
        int qi = 0;
        int i = 0;
        while (i < sentences.size()) {
            int start = sentences.get(i).start();
            int end = sentences.get(i).end();
            int j = i;
            boolean grew = true;
            while (grew) {
                grew = false;
                while (qi < quotes.size() && quotes.get(qi).end() <= start) {
                    qi++;
                }
                for (int q = qi; q < quotes.size() && quotes.get(q).start() < end; q++) {
                    Span quote = quotes.get(q);
                    while (quote.end() > end && j + 1 < sentences.size()
                            && sentences.get(j + 1).end() - start <= MAX_UNIT_CHARS) {
                        j++;
                        end = sentences.get(j).end();
                        grew = true;
                    }
                }
            }
            out.add(new Span(start, end));
            i = j + 1;
        }
        return out;
    }

    private static boolean isBareQuote(String text, Span unit, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.start() <= unit.start() && unit.start() < q.end()) {
                String after = text.substring(Math.min(q.end(), unit.end()), unit.end()).strip();
                return after.length() <= 2;
            }
        }
        return false;
    }

    /** Whether unit {@code u} follows the attribution's unit with no other unit between, in the same or the next paragraph. */
    private static boolean continues(String text, List<Span> units, int lastUnit, int u) {
        if (u != lastUnit + 1) {
            return false;
        }
        // Units are adjacent; the blank line between two paragraphs is one break.
        return text.substring(units.get(lastUnit).end(), units.get(u).start()).isBlank();
    }
}
