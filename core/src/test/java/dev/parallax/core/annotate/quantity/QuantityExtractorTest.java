package dev.parallax.core.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.quantity.Quantity.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
    private final QuantityExtractor extractor = new QuantityExtractor();

    private Quantity only(String text) {
        List<Quantity> qs = extractor.extract(text);
        assertThat(qs).as("quantities in %s", text).hasSize(1);
        Quantity q = qs.get(0);
        assertThat(q.span().of(text)).isEqualTo(q.text());
        return q;
    }

    @Test
    void moreThanIsOpenUpwardsAndExclusive() {
        Quantity q = only("Police said more than 2,000 protesters gathered in the square.");
        assertThat(q.kind()).isEqualTo(Kind.COUNT);
        assertThat(q.low()).isEqualTo(2000);
        assertThat(q.lowInclusive()).isFalse();
        assertThat(q.high()).isNull();
        assertThat(q.counted()).isEqualTo("protester");
        assertThat(q.text()).isEqualTo("more than 2,000 protesters");
    }

    @Test
    void hundredsWrittenInWordsAreOneNumber() {
        Quantity q = only("One hundred and three male patients were treated at the clinic.");
        assertThat(q.low()).isEqualTo(103);
        assertThat(q.high()).isEqualTo(103);
        assertThat(only("Three hundred fifty people lost their homes in the fire.").low()).isEqualTo(350);
        assertThat(only("A hundred people lost their homes in the fire.").low()).isEqualTo(100);
        assertThat(only("Two hundred soldiers crossed the border at dawn.").low()).isEqualTo(200);
    }

    @Test
    void aWholeNumberAndAFractionAreOneNumber() {
        assertThat(only("The phone was unplugged with a full charge 2 1/2 hours ago.").low()).isEqualTo(2.5);
        assertThat(only("The storm dropped 3½ inches of rain on the city.").low()).isEqualTo(3.5);
    }

    @Test
    void someIsApproximate() {
        Quantity q = only("The country sent some 300 soldiers to the border.");
        assertThat(q.approximate()).isTrue();
        assertThat(q.low()).isEqualTo(270);
        assertThat(q.high()).isEqualTo(330);
        assertThat(q.counted()).isEqualTo("troop");
    }

    @Test
    void casualtiesCountTheOutcomeNotThePeople() {
        Quantity q = only("At least 12 people were killed in the blast.");
        assertThat(q.low()).isEqualTo(12);
        assertThat(q.lowInclusive()).isTrue();
        assertThat(q.high()).isNull();
        assertThat(q.counted()).isEqualTo("killed");
        assertThat(only("The strike hit a market, killing at least 30 civilians.").counted()).isEqualTo("killed");
        assertThat(only("Officials said 45 were injured.").counted()).isEqualTo("wounded");
        assertThat(only("The toll rose to 17 dead on Sunday.").counted()).isEqualTo("killed");
    }

    @Test
    void killedAndWoundedAreNeverComparable() {
        List<Quantity> qs = extractor.extract("Ten people were killed and 40 people were wounded.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).counted()).isEqualTo("killed");
        assertThat(qs.get(1).counted()).isEqualTo("wounded");
        assertThat(qs.get(0).comparableWith(qs.get(1))).isFalse();
    }

    @Test
    void scaleWordsAndDecimals() {
        Quantity q = only("About 1.5 million people have fled the fighting.");
        assertThat(q.low()).isEqualTo(0.9 * 1.5e6);
        assertThat(q.high()).isEqualTo(1.1 * 1.5e6);
        assertThat(q.counted()).isEqualTo("person");
    }

    @Test
    void moneyCarriesItsCurrency() {
        Quantity q = only("The fund approved a $1.2bn loan for the reconstruction.");
        assertThat(q.kind()).isEqualTo(Kind.MONEY);
        assertThat(q.unit()).isEqualTo("USD");
        assertThat(q.low()).isEqualTo(1.2e9);
        Quantity euros = only("The fine was 500 million euros, the commission said.");
        assertThat(euros.unit()).isEqualTo("EUR");
        assertThat(euros.low()).isEqualTo(5e8);
    }

    @Test
    void percentagesAndFractions() {
        Quantity p = only("Turnout was 62.5 per cent, the election commission said.");
        assertThat(p.kind()).isEqualTo(Kind.PERCENT);
        assertThat(p.low()).isEqualTo(62.5);
        Quantity f = only("A third of the population lacks clean water.");
        assertThat(f.kind()).isEqualTo(Kind.PERCENT);
        assertThat(f.low()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.counted()).isEqualTo("population");
    }

    @Test
    void rangesAndVagueCounts() {
        Quantity r = only("Between 300 and 500 migrants were rescued at sea.");
        assertThat(r.low()).isEqualTo(300);
        assertThat(r.high()).isEqualTo(500);
        assertThat(r.counted()).isEqualTo("rescued");
        Quantity v = only("Hundreds of families were displaced by the floods.");
        assertThat(v.low()).isEqualTo(200);
        assertThat(v.high()).isEqualTo(999);
        assertThat(v.counted()).isEqualTo("displaced");
        Quantity w = only("Twenty-five soldiers returned home on Friday.");
        assertThat(w.low()).isEqualTo(25);
        assertThat(w.counted()).isEqualTo("troop");
    }

    @Test
    void upToAndFewerThan() {
        Quantity u = only("Up to 50 fighters may have crossed the river.");
        assertThat(u.low()).isZero();
        assertThat(u.high()).isEqualTo(50);
        assertThat(u.highInclusive()).isTrue();
        Quantity f = only("Fewer than 100 residents stayed behind.");
        assertThat(f.high()).isEqualTo(100);
        assertThat(f.highInclusive()).isFalse();
    }

    @Test
    void overlappingIntervalsAreConsistentAndDisjointOnesConflict() {
        Quantity moreThan = only("more than 2,000 protesters marched");
        Quantity about = only("about 2,500 protesters marched");
        Quantity fewer = only("fewer than 1,000 protesters marched");
        assertThat(moreThan.comparableWith(about)).isTrue();
        assertThat(moreThan.overlaps(about)).isTrue();
        assertThat(moreThan.overlaps(fewer)).isFalse();
        assertThat(only("exactly 2,000 protesters marched").overlaps(moreThan)).isFalse();
    }

    @Test
    void yearsDatesTimesAndTalliesAreNotCounts() {
        assertThat(extractor.extract("In 2023 the treaty was signed on April 27 at 10:30 GMT.")).isEmpty();
        assertThat(extractor.extract("The talks, held on 14 March, ended at 5 pm.")).isEmpty();
        assertThat(extractor.extract("He was one of the leaders who visited No. 10 yesterday.")).isEmpty();
        List<Quantity> tally = extractor.extract("The Senate passed the bill by a vote of 68 to 32.");
        assertThat(tally).extracting(Quantity::low).containsExactly(68d, 32d);
        assertThat(extractor.extract("The 2024-25 season starts in August.")).allSatisfy(q -> assertThat(q.low()).isNotEqualTo(25));
    }

    @Test
    void incrementsAreNotTotals() {
        List<Quantity> qs = extractor.extract("It sent 11,000 troops last year and may have sent another 3,000 soldiers since.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).increment()).isTrue();
        assertThat(qs.get(0).comparableWith(qs.get(1))).isFalse();
        assertThat(only("The army deployed 2,000 more troops to the city.").increment()).isTrue();
    }

    @Test
    void intervalsReadAsMathematicalNotation() {
        assertThat(only("more than 10,000 troops").interval()).isEqualTo("(10000, ∞)");
        assertThat(only("some 11,000 troops").interval()).isEqualTo("≈[9900, 12100]");
        assertThat(only("at least 12 people were killed").interval()).isEqualTo("[12, ∞)");
        assertThat(only("300 soldiers").interval()).isEqualTo("300");
    }

    @Test
    void hostileInputIsSafe() {
        assertThat(extractor.extract("")).isEmpty();
        assertThat(extractor.extract("9".repeat(5000))).allSatisfy(q -> assertThat(q.span().end()).isLessThanOrEqualTo(5000));
        assertThat(extractor.extract("$$$ %%% 1,,,000 more than more than")).isNotNull();
    }
}
