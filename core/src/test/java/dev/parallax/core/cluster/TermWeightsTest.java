package dev.parallax.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermWeightsTest {
    @Test
    void sumsWeightsPerTermAcrossGrowth() {
        DocumentFrequencies df = new DocumentFrequencies();
        TermWeights v = new TermWeights();
        for (int round = 0; round < 3; round++) {
            for (int t = 0; t < 1000; t++) {
                v.add(df.id("t" + t), t + 1);
            }
        }
        assertThat(v.size()).isEqualTo(1000);
        // every IDF is ln(1/1) + 1 = 1 with no documents, so the norm is that of 3·(1..1000)
        double expected = 0;
        for (int t = 1; t <= 1000; t++) {
            expected += 9.0 * t * t;
        }
        assertThat(v.norm(df)).isCloseTo(Math.sqrt(expected), within(1e-6));
    }

    @Test
    void cosineAndNormMatchTheDefinitionOverStringKeyedVectors() {
        Random random = new Random(7);
        DocumentFrequencies df = new DocumentFrequencies();
        for (int d = 0; d < 300; d++) {
            Set<String> doc = new HashSet<>();
            for (int k = 0; k < 20; k++) {
                doc.add("w" + (int) Math.abs(random.nextGaussian() * 80));
            }
            df.add(doc);
        }
        Map<String, Double> a = new HashMap<>();
        Map<String, Double> b = new HashMap<>();
        for (int k = 0; k < 60; k++) {
            a.merge("w" + random.nextInt(200), 1 + random.nextDouble(), Double::sum);
            b.merge("w" + random.nextInt(200), 1 + random.nextDouble(), Double::sum);
        }
        TermWeights va = TermWeights.of(a, df);
        TermWeights vb = TermWeights.of(b, df);
        double normA = norm(a, df);
        double normB = norm(b, df);
        assertThat(va.norm(df)).isCloseTo(normA, within(1e-9));
        assertThat(vb.norm(df)).isCloseTo(normB, within(1e-9));
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                double idf = df.idf(e.getKey());
                dot += e.getValue() * w * idf * idf;
            }
        }
        assertThat(dot).isPositive();
        assertThat(TermWeights.cosine(va, normA, vb, normB, df)).isCloseTo(dot / (normA * normB), within(1e-12));
        assertThat(TermWeights.cosine(va, normA, new TermWeights(), 1, df)).isZero();
    }

    @Test
    void internedIdsReadTheSameFrequenciesAsTheTerms() {
        DocumentFrequencies df = new DocumentFrequencies();
        int unseen = df.id("later");
        assertThat(df.idf(unseen)).isEqualTo(df.idf("later"));
        for (int d = 0; d < 2000; d++) {
            df.add(Set.of("t" + d, "later"));
        }
        assertThat(df.id("later")).isEqualTo(unseen);
        assertThat(df.idf(unseen)).isEqualTo(df.idf("later")).isEqualTo(Math.log(2001.0 / 2001) + 1);
        assertThat(df.idf(df.id("t5"))).isEqualTo(Math.log(2001.0 / 2) + 1);
    }

    private static double norm(Map<String, Double> v, DocumentFrequencies df) {
        double s = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            double w = e.getValue() * df.idf(e.getKey());
            s += w * w;
        }
        return Math.sqrt(s);
    }
}
