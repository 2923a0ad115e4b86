package dev.parallax.core.corroborate;

import static dev.parallax.core.corroborate.ClaimAlignerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.TestVectors;
import dev.parallax.core.annotate.quantity.QuantityExtractor;
import dev.parallax.core.digest.Discrepancy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureComparerTest {
    private final QuantityExtractor extractor = new QuantityExtractor();
    private final float[] crowd = TestVectors.along(6, 0, 1, 0.1f);
    private final float[] crowd2 = TestVectors.along(6, 0, 1, 0.2f);
    private final float[] other = TestVectors.along(6, 3, 4, 0.1f);

    private List<Discrepancy> compare(AnnotatedArticle... articles) {
        var figures = new java.util.HashMap<String, List<dev.parallax.core.annotate.quantity.Quantity>>();
        for (AnnotatedArticle a : articles) {
            figures.put(a.id(), extractor.extract(a.article().text()));
        }
        return new FigureComparer(0.8).compare(List.of(articles), figures);
    }

    @Test
    void overlappingFiguresForOneFactAreConsistent() {
        List<Discrepancy> ds = compare(
                article("a", List.of("Police said more than 2,000 protesters gathered in the square."), List.of(crowd)),
                article("b", List.of("About 2,500 demonstrators gathered in the square, organisers said."), List.of(crowd2)));
        assertThat(ds).hasSize(1);
        Discrepancy d = ds.get(0);
        assertThat(d.kind()).isEqualTo(Discrepancy.Kind.QUANTITY);
        assertThat(d.verdict()).isEqualTo(Discrepancy.Verdict.CONSISTENT);
        assertThat(d.about()).isEqualTo("protester");
        assertThat(d.positions()).extracting(Discrepancy.Position::value)
                .containsExactly("more than 2,000 protesters", "About 2,500 demonstrators");
    }

    @Test
    void disjointFiguresConflictAndEachPositionKeepsItsSpan() {
        AnnotatedArticle a = article("a", List.of("At least 12 people were killed in the blast."), List.of(crowd));
        AnnotatedArticle b = article("b", List.of("The blast killed five people, the ministry said."), List.of(crowd2));
        List<Discrepancy> ds = compare(a, b);
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Discrepancy.Verdict.CONFLICTING);
            assertThat(d.about()).isEqualTo("killed");
            var span = d.positions().get(0).sources().get(0);
            String text = span.article().equals("a") ? a.article().text() : b.article().text();
            assertThat(text.substring(span.start(), span.end())).isEqualTo(d.positions().get(0).value());
        });
    }

    @Test
    void differentThingsDifferentFactsAndAgreementAreNotDiscrepancies() {
        assertThat(compare(
                article("a", List.of("Ten people were killed in the attack."), List.of(crowd)),
                article("b", List.of("Forty people were wounded in the attack."), List.of(crowd2)))).isEmpty();
        assertThat(compare(
                article("a", List.of("More than 2,000 protesters gathered on Monday."), List.of(crowd)),
                article("b", List.of("Some 300 protesters were arrested a week later."), List.of(other)))).isEmpty();
        assertThat(compare(
                article("a", List.of("More than 2,000 protesters gathered on Monday."), List.of(crowd)),
                article("b", List.of("Over 2,000 protesters gathered on Monday."), List.of(crowd2)))).isEmpty();
    }

    @Test
    void twoFiguresOneArticleGivesAreTwoFactsNotAConflict() {
        AnnotatedArticle a = article("a", List.of("He was sentenced to six months in jail.",
                "He will be released after three months in jail."), List.of(crowd, crowd2));
        AnnotatedArticle b = article("b", List.of("The judge sentenced him to six months in jail."), List.of(crowd));
        AnnotatedArticle c = article("c", List.of("He is due out after three months in jail."), List.of(crowd2));
        assertThat(compare(a, b, c)).isEmpty();
    }
}
