package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.annotate.attribution.Attribution;
import dev.parallax.core.annotate.attribution.ChannelLink;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.Quote;
import dev.parallax.core.digest.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the quotations of a story's articles into one ledger entry per utterance. Two quotations
 * are one utterance when most of the shorter one's words are in the longer (the same words, a
 * truncation, another spelling) and the speakers can be the same ({@link Speakers}), or nearly all of
 * at least five content words are, whoever the speakers; or, for another translation, when their
 * sentences' embeddings reach the threshold and the speakers can be the same. Each entry keeps its
 * speaker (the fullest name given), the wording of the earliest article that carried it, every
 * other wording, the relays named on the way (speaker → medium → agency, as the articles state
 * it) and every span. The same words given to speakers who cannot be the same person are an
 * attribution discrepancy.
 */
public final class QuoteLedger {
    /** Share of the shorter quotation's words found in the longer for the two to be one utterance. */
    private static final double CONTAINMENT = 0.6;
    private static final int MIN_WORDS = 3;
    /**
     * Content words a quotation needs for its words to be found in another: three are too few
     * ("“Moonlight,” not “La La Land”" quotes two titles, which every quotation about the night names).
     */
    private static final int MIN_CONTAINED = 4;
    /** Content words and the share of them two speakers' quotations must share to be one utterance. */
    private static final int SAME_WORDS_MIN = 5;
    private static final double SAME_WORDS = 0.8;
    /** Quotation marks around a fragment, and the comma a quote ends on before its cue. */
    private static final java.util.regex.Pattern LEADING_MARKS = java.util.regex.Pattern.compile("^[\"“”‘’'«»„]+");
    private static final java.util.regex.Pattern OUTER_MARKS = java.util.regex.Pattern.compile(
            "^[\"“”‘’'«»„]+|[,]?[\"“”‘’'«»„]+$|,$");
    /** A stretch from an opening quotation mark to its closing one, or to the end where the closing one was cut. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "[\"“«„]([^\"“”«»„]+)(?:[\"”»]|$)");
    private final double translationThreshold;

    /** @param translationThreshold sentence cosine at which two differently worded quotations translate one utterance */
    public QuoteLedger(double translationThreshold) {
        this.translationThreshold = translationThreshold;
    }

    /** The ledger and the attribution discrepancies found while building it. */
    public record Result(List<Quote> quotes, List<Discrepancy> misattributions) {}

    /** {@code tokens}: the speaker's own words, compared for containment (for a partial quote, those inside its marks). */
    private record Said(String articleId, int order, Attribution attribution, String words, Set<String> tokens,
                        String speaker, Sentence sentence, String sourceText) {}

    /**
     * @param articles the story's articles, earliest publication first where known; a quotation
     *     outside their sentences (an off-topic passage left out) is left out
     * @param attributions each article's attributions, by article id
     */
    public Result build(List<AnnotatedArticle> articles, Map<String, List<Attribution>> attributions) {
        List<Said> said = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnnotatedArticle a = articles.get(i);
            String text = a.article().text();
            for (Attribution at : attributions.getOrDefault(a.id(), List.of())) {
                // Only what was said: "X praised the “heroism” of …" quotes a word but is a stance, not an utterance.
                if (at.kind() == Attribution.Kind.REPORTED || at.kind() == Attribution.Kind.PARTIAL && !at.isSpeech(text)) {
                    continue;
                }
                String words = words(text, at.content());
                Set<String> tokens = tokens(at.kind() == Attribution.Kind.PARTIAL ? quoted(words) : words);
                Sentence sentence = a.sentenceAt(at.content().get(0).start());
                if (words(words).size() >= MIN_WORDS && sentence != null) {
                    String sourceText = at.source() == null ? null : at.source().of(text);
                    said.add(new Said(a.id(), i, at, words, tokens, at.sourceName(), sentence, sourceText));
                }
            }
        }
        UnionFind sets = new UnionFind(said.size());
        for (int i = 0; i < said.size(); i++) {
            for (int j = i + 1; j < said.size(); j++) {
                if (!said.get(i).articleId().equals(said.get(j).articleId()) && sameUtterance(said.get(i), said.get(j))) {
                    sets.union(i, j);
                }
            }
        }
        Map<Integer, List<Said>> groups = new LinkedHashMap<>();
        for (int i = 0; i < said.size(); i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(said.get(i));
        }
        List<Quote> quotes = new ArrayList<>();
        List<Discrepancy> misattributed = new ArrayList<>();
        for (List<Said> g : groups.values()) {
            g.sort(Comparator.comparingInt(Said::order).thenComparingInt(s -> s.attribution().cue().start()));
            quotes.add(entry(g));
            misattribution(g).ifPresent(misattributed::add);
        }
        quotes.sort(Comparator.comparingInt((Quote q) -> -q.sources().size()));
        return new Result(quotes, misattributed);
    }

    private boolean sameUtterance(Said x, Said y) {
        Set<String> small = x.tokens().size() <= y.tokens().size() ? x.tokens() : y.tokens();
        Set<String> large = small == x.tokens() ? y.tokens() : x.tokens();
        long shared = small.stream().filter(large::contains).count();
        boolean speakersAgree = x.speaker() == null || y.speaker() == null || Speakers.compatible(x.speaker(), y.speaker());
        if (small.size() >= MIN_CONTAINED && shared >= CONTAINMENT * small.size() && speakersAgree) {
            return true;
        }
        // The same words given to two speakers: one utterance (and an attribution discrepancy) only
        // when the words are many and nearly all shared, not a few words about the same subject.
        if (small.size() >= SAME_WORDS_MIN && shared >= SAME_WORDS * small.size()) {
            return true;
        }
        return x.sentence() != null && y.sentence() != null && x.speaker() != null && y.speaker() != null
                && Speakers.compatible(x.speaker(), y.speaker())
                && Vectors.dot(x.sentence().vector(), y.sentence().vector()) >= translationThreshold;
    }

    private static Quote entry(List<Said> g) {
        String speaker = g.stream().map(Said::speaker).filter(s -> s != null && !s.isBlank())
                .max(Comparator.comparingInt((String s) -> Speakers.names(s).size()).thenComparingInt(String::length))
                .orElse(null);
        Set<String> variants = new LinkedHashSet<>();
        g.forEach(s -> variants.add(s.words()));
        String text = g.get(0).words();
        variants.remove(text);
        Set<String> via = new LinkedHashSet<>();
        for (Said s : g) {
            for (ChannelLink link : s.attribution().channel()) {
                if (link.role() == ChannelLink.Role.RELAY) {
                    via.add(link.name());
                }
            }
        }
        List<SourceSpan> spans = new ArrayList<>();
        for (Said s : g) {
            for (Span c : s.attribution().content()) {
                spans.add(new SourceSpan(s.articleId(), c.start(), c.end()));
            }
        }
        return new Quote(speaker, text, List.copyOf(variants), List.copyOf(via), spans, g.get(0).articleId(),
                g.get(0).attribution().kind() != Attribution.Kind.DIRECT);
    }

    private static Optional<Discrepancy> misattribution(List<Said> g) {
        Map<String, List<Said>> bySpeaker = new LinkedHashMap<>();
        for (Said s : g) {
            if (s.speaker() == null || s.attribution().source() == null || Speakers.names(s.speaker()).isEmpty()) {
                continue; // "he" unresolved, "this": not a name to set against another
            }
            String key = bySpeaker.keySet().stream().filter(k -> Speakers.compatible(k, s.speaker())).findFirst()
                    .orElse(s.speaker());
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        if (bySpeaker.size() < 2) {
            return Optional.empty();
        }
        List<Discrepancy.Position> positions = new ArrayList<>();
        bySpeaker.forEach((speaker, ss) -> {
            Set<String> written = new LinkedHashSet<>();
            ss.forEach(s -> written.add(s.sourceText()));
            positions.add(new Discrepancy.Position(String.join(" / ", written), "said by " + speaker,
                    ss.stream().map(s -> new SourceSpan(s.articleId(), s.attribution().source().start(),
                            s.attribution().source().end())).toList()));
        });
        return Optional.of(new Discrepancy(Discrepancy.Kind.ATTRIBUTION, g.get(0).words(), positions,
                Discrepancy.Verdict.CONFLICTING));
    }

    /** The quotation as a reader sees it: fragments joined by an ellipsis, outer quotation marks dropped. */
    private static String words(String text, List<Span> content) {
        StringBuilder sb = new StringBuilder();
        for (Span c : content) {
            if (!sb.isEmpty()) {
                sb.append(" … ");
            }
            String raw = c.of(text).strip();
            String bare = OUTER_MARKS.matcher(raw).replaceAll("");
            if (!balanced(bare)) {
                // The trailing mark closes a quotation inside the words ('… and "the motherland,"'): keep it.
                String closed = LEADING_MARKS.matcher(raw).replaceAll("").replaceFirst(",([\"”’»]*)$", "$1");
                // The leading mark opens a quotation inside the words ('"tombstones of the fallen" and called …'): keep both.
                String opened = raw.replaceFirst(",$", "");
                bare = balanced(closed) ? closed : balanced(opened) ? opened : bare;
            }
            sb.append(bare);
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** Whether the double quotation marks of {@code s} pair up: an even count of straight ones, as many “ as ”. */
    private static boolean balanced(String s) {
        long straight = s.chars().filter(ch -> ch == '"').count();
        return straight % 2 == 0 && s.chars().filter(ch -> ch == '“').count() == s.chars().filter(ch -> ch == '”').count();
    }

    /**
     * The words of a partial quotation that stand inside quotation marks: "praised the “heroism” of
     * the troops" quotes one word, and the reporter's own words around it must not make two
     * speakers' utterances look alike. The whole text when it has no marks.
     */
    static String quoted(String words) {
        java.util.regex.Matcher m = QUOTED.matcher(words);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append(m.group(1)).append(' ');
        }
        return sb.isEmpty() ? words : sb.toString();
    }

    /**
     * The content words of a quotation, compared for containment: "it was the" is in every other
     * quotation, and two speakers' short quotes that share a title ("La La Land", "Moonlight") and a
     * few function words are not one utterance.
     */
    static Set<String> tokens(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words(words)) {
            if (!dev.parallax.core.annotate.StopWords.isEnglish(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Every word, lower-cased: a quotation needs {@value #MIN_WORDS} of them to be one. */
    private static Set<String> words(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
