package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.annotate.quantity.Quantity;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lines up the figures a story's articles give for one thing and says whether they can all be
 * true. Two figures are about the same thing when they count the same normalised thing in the
 * same unit ({@link Quantity#comparableWith}; killed and wounded are never compared, nor an
 * increment with a total), come from different articles, and stand in sentences whose embedding
 * cosine reaches the threshold (so "11,000 troops sent last year" and "3,000 soldiers wounded"
 * stay apart). Linked figures form one discrepancy when they differ: one position per distinct
 * interval, with every span that gives it; {@code consistent} when every two intervals overlap,
 * {@code conflicting} otherwise; two figures one article gives both of are two facts, not a conflict
 * (and figures set apart only by such pairs are no discrepancy at all). Figures that agree exactly
 * everywhere are agreement, not a discrepancy, and are left to the claim groups.
 */
public final class FigureComparer {
    private final double threshold;

    /** @param threshold sentence cosine at which two figures' sentences speak of the same fact */
    public FigureComparer(double threshold) {
        this.threshold = threshold;
    }

    /** One figure where an article states it. */
    private record Located(String articleId, Quantity quantity, Sentence sentence) {}

    /**
     * @param articles the story's articles, in story order
     * @param quantities each article's quantities, by article id, spans into its text
     * @return the discrepancies, in order of the first figure's appearance
     */
    public List<Discrepancy> compare(List<AnnotatedArticle> articles, Map<String, List<Quantity>> quantities) {
        List<Located> figures = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            for (Quantity q : quantities.getOrDefault(a.id(), List.of())) {
                Sentence s = a.sentenceAt(q.span().start());
                if (s != null && q.counted() != null && !q.increment()) {
                    figures.add(new Located(a.id(), q, s));
                }
            }
        }
        UnionFind sets = new UnionFind(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Located x = figures.get(i);
                Located y = figures.get(j);
                if (!x.articleId().equals(y.articleId()) && x.quantity().comparableWith(y.quantity())
                        && Vectors.dot(x.sentence().vector(), y.sentence().vector()) >= threshold) {
                    sets.union(i, j);
                }
            }
        }
        Map<Integer, List<Located>> components = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            components.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(figures.get(i));
        }
        List<Discrepancy> out = new ArrayList<>();
        for (List<Located> c : components.values()) {
            discrepancy(c).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Discrepancy> discrepancy(List<Located> component) {
        Map<String, List<Located>> byInterval = new LinkedHashMap<>();
        component.stream()
                .sorted(Comparator.comparingDouble((Located l) -> l.quantity().low())
                        .thenComparing(l -> l.quantity().interval()))
                .forEach(l -> byInterval.computeIfAbsent(l.quantity().interval(), k -> new ArrayList<>()).add(l));
        if (byInterval.size() < 2) {
            return Optional.empty();
        }
        List<Discrepancy.Position> positions = new ArrayList<>();
        List<Quantity> representatives = new ArrayList<>();
        List<Set<String>> givenBy = new ArrayList<>();
        for (Map.Entry<String, List<Located>> e : byInterval.entrySet()) {
            List<Located> ls = e.getValue();
            Set<String> wordings = new LinkedHashSet<>();
            ls.forEach(l -> wordings.add(l.quantity().text()));
            List<SourceSpan> spans = ls.stream()
                    .map(l -> new SourceSpan(l.articleId(), l.quantity().span().start(), l.quantity().span().end()))
                    .toList();
            positions.add(new Discrepancy.Position(String.join(" / ", wordings), e.getKey(), spans));
            representatives.add(ls.get(0).quantity());
            Set<String> articles = new LinkedHashSet<>();
            ls.forEach(l -> articles.add(l.articleId()));
            givenBy.add(articles);
        }
        boolean consistent = true;
        boolean apart = false;
        for (int i = 0; i < representatives.size(); i++) {
            for (int j = i + 1; j < representatives.size(); j++) {
                if (representatives.get(i).overlaps(representatives.get(j))) {
                    continue;
                }
                // An article that gives both figures tells two facts ("sentenced to six months, out
                // after three"), not two accounts of one.
                if (java.util.Collections.disjoint(givenBy.get(i), givenBy.get(j))) {
                    consistent = false;
                } else {
                    apart = true;
                }
            }
        }
        if (consistent && apart) {
            return Optional.empty();
        }
        return Optional.of(new Discrepancy(Discrepancy.Kind.QUANTITY, component.get(0).quantity().counted(),
                positions, consistent ? Discrepancy.Verdict.CONSISTENT : Discrepancy.Verdict.CONFLICTING));
    }
}
