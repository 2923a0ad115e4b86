package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statements in a story that deny, reject or call false another of its claims, and links
 * each to the claim group it disputes: the group (other than its own) holding the sentence most
 * similar to the denial, by embedding cosine plus shared content words (five-letter prefixes,
 * a crude but robust stemmer), when that score reaches the threshold. A denial is a denial verb ("denied",
 * "refuted", "rejected the claims") or a sentence that calls something false ("was 'not true'",
 * "dismissed them as baseless", "fabricated"); negated denials ("did not deny") are not denials, nor is
 * denying named as a thing ("any attempt to deny the crimes", "a law against denying the genocide").
 * Who denies is read from the words before the speech or denial verb.
 */
public final class DenialFinder {
    private static final String CLAIM_NOUNS = "(?:claims?|reports?|allegations?|accusations?|assertions?|suggestions?|"
            + "charges?|statements?|remarks?|accounts?|reporting)";
    private static final Pattern DENIAL = Pattern.compile(
            "\\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|disput(?:ed|ing)|contradict(?:s|ed|ing)?)\\b"
                    + "(?!\\s+(?:[\\w’'-]+\\s+){0,2}?(?:bail|entry|access|visas?|permission|requests?|motions?|appeals?|"
                    + "applications?|petitions?|parole|treatment|service|license|licence|a hearing|custody)\\b)"
                    + "|\\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\\s+(?:\\w+\\s+){0,4}?" + CLAIM_NOUNS + "\\b"
                    + "|\\b(?:(?:as|was|is|were|are|be|been)|(?:called|calling|termed|labell?ed|described)"
                    + "(?:\\s+[\\w’'-]+){0,4}?(?:\\s+as)?)\\s+(?:[\"“‘']\\s*)?"
                    + "(?:completely\\s+|totally\\s+|absolutely\\s+|entirely\\s+|simply\\s+)?"
                    + "(?:false|untrue|baseless|groundless|fabricated|not true|fake|lies|a lie|nonsense|misleading|"
                    + "propaganda|disinformation|misinformation|unfounded)\\b"
                    // "disputes the claim", "dispute that …": the verb; "after a dispute on Twitter": the noun
                    + "|(?<!\\b(?:a|an|the|this|that|their|his|her|its|our|in|under|legal|bitter|long-running)\\s)"
                    + "\\bdisputes?\\s+(?=that\\b|the\\b|this\\b|these\\b|those\\b|his\\b|her\\b|their\\b|its\\b|any\\b|"
                    + CLAIM_NOUNS + ")"
                    + "|\\bno truth\\b|[\"“‘']not true[.,]?[\"”’']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED = Pattern.compile(
            "\\b(?:not|never|n't|no one|nobody|neither)\\s+(?:\\w+\\s+)?(?:den(?:y|ied|ies)|refute|dispute|reject)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHO = Pattern.compile(
            "^(?:(?:However|But|Meanwhile|Yet|Still|In response|In a statement),?\\s+)?(?<who>[^,;:\"“]{3,90}?)\\s+"
                    + "(?:said|says|told|stated|insisted|responded|replied|wrote|posted|den(?:y|ies|ied)|refuted|"
                    + "rejected|dismissed|called|disputed)\\b");
    private static final Pattern TRAILING_MANNER = Pattern.compile(
            "(?:\\s+(?:[a-z]+ly|has|have|had|long|also|again|himself|herself|itself|themselves|once|later|first))+$");
    /** Weight of shared content words beside the embedding cosine. */
    private static final double LEXICAL = 0.5;
    private final double threshold;

    /**
     * @param threshold score at which a denial is about a claim: the sentences' embedding cosine
     *     plus half the share of the denial's content-word stems (its denier left out) in the claim
     */
    public DenialFinder(double threshold) {
        this.threshold = threshold;
    }

    /** A claim group and the statement that disputes it. */
    public record Denial(int disputed, ClaimGroup.Member denial, String who) {
        /** The discrepancy as the digest shows it: what is claimed, and who denies it where. */
        public Discrepancy toDiscrepancy(List<ClaimGroup> groups) {
            ClaimGroup target = groups.get(disputed);
            String claimed = target.representative().sentence().text();
            List<SourceSpan> claimSpans = target.toClaim().sources();
            SourceSpan denialSpan = new SourceSpan(denial.articleId(), denial.sentence().span().start(),
                    denial.sentence().span().end());
            return new Discrepancy(Discrepancy.Kind.DENIAL, claimed, List.of(
                    new Discrepancy.Position(claimed, "claimed", claimSpans),
                    new Discrepancy.Position(denial.sentence().text(), who == null ? "denied" : "denied by " + who,
                            List.of(denialSpan))),
                    Discrepancy.Verdict.CONFLICTING);
        }
    }

    /** The denials among the groups' statements, each linked to the group it disputes. */
    public List<Denial> find(List<ClaimGroup> groups) {
        List<Denial> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (ClaimGroup.Member m : groups.get(g).members()) {
                String text = m.sentence().text();
                if (!isDenial(text)) {
                    continue;
                }
                String who = who(text).orElse(null);
                int target = mostSimilarOther(groups, g, m, who);
                if (target >= 0) {
                    out.add(new Denial(target, m, who));
                }
            }
        }
        return out;
    }

    /** Share of the denial's content-word stems that the candidate also has. */
    static double overlap(String denial, String candidate) {
        java.util.Set<String> d = stems(denial);
        java.util.Set<String> c = stems(candidate);
        if (d.isEmpty()) {
            return 0;
        }
        long shared = d.stream().filter(c::contains).count();
        return shared / (double) d.size();
    }

    private static java.util.Set<String> stems(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !dev.parallax.core.annotate.StopWords.isEnglish(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    static boolean isDenial(String sentence) {
        if (NEGATED.matcher(sentence).find()) {
            return false;
        }
        Matcher m = DENIAL.matcher(sentence);
        while (m.find()) {
            if (!NAMED_ACT.matcher(sentence.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Denying named as a thing rather than done: "any attempt to deny the crimes", "a law against
     * denying the genocide", "the right to dispute a fine". Someone who goes on denying still denies:
     * "continued to deny the reports".
     */
    private static final Pattern NAMED_ACT = Pattern.compile(
            "(?:(?<!\\b(?:continue[sd]?|continuing|went on|go(?:es)? on|was quick|were quick|moved|rushed|hastened))\\s+to"
                    + "(?:\\s+\\w+ly)?"
                    + "|\\b(?:of|for|against|about|criminali[sz](?:e[sd]?|ing)|ban(?:s|ned|ning)?|outlaw(?:s|ed|ing)?|"
                    + "prohibit(?:s|ed|ing)?|forbid(?:s|ding)?|punish(?:es|ed|ing)?))\\s+$",
            Pattern.CASE_INSENSITIVE);

    static Optional<String> who(String sentence) {
        Matcher m = WHO.matcher(sentence.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        // "The White House vehemently", "Sinbad himself has long": the denier without how and since when.
        String who = TRAILING_MANNER.matcher(m.group("who").strip()).replaceAll("").strip();
        if (who.isEmpty()) {
            return Optional.empty();
        }
        int words = who.split("\\s+").length;
        boolean named = !Character.isLowerCase(who.charAt(0)) || who.startsWith("the ");
        return words <= 10 && named ? Optional.of(who) : Optional.empty();
    }

    private int mostSimilarOther(List<ClaimGroup> groups, int own, ClaimGroup.Member denial, String who) {
        String text = denial.sentence().text();
        // What is denied, without who denies it: the denier's name would pull in their other statements.
        String content = who == null ? text : text.replace(who, " ");
        int best = -1;
        double bestSim = threshold;
        for (int g = 0; g < groups.size(); g++) {
            if (g == own) {
                continue;
            }
            for (ClaimGroup.Member m : groups.get(g).members()) {
                if (isDenial(m.sentence().text())) {
                    continue;
                }
                double sim = Vectors.dot(denial.sentence().vector(), m.sentence().vector())
                        + LEXICAL * overlap(content, m.sentence().text());
                if (sim > bestSim + 1e-9) {
                    bestSim = sim;
                    best = g;
                }
            }
        }
        return best;
    }
}
