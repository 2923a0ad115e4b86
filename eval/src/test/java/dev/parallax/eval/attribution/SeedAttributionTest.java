package dev.parallax.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.attribution.Attribution;
import dev.parallax.core.annotate.attribution.AttributionExtractor;
import dev.parallax.core.annotate.attribution.ChannelLink;
import dev.parallax.nlp.NlpModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Who is quoted, and through whom, in the seed articles: expectations checked by hand against
 * the texts in ../shared/seeds (never used to write the rules).
 */
class SeedAttributionTest {
    static final Path SEEDS = Path.of(System.getProperty("parallax.shared", "../../shared")).resolve("seeds");

    private static List<Attribution> read(String file, StringBuilder text) throws Exception {
        Path p = SEEDS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(p), "no seed " + p);
        text.append(Files.readString(p));
        String t = text.toString();
        return AttributionExtractor.standard().extract(t, NlpModels.sentences().split(t));
    }

    private static Attribution quoting(List<Attribution> all, String text, String words) {
        return all.stream().filter(a -> a.content().stream().anyMatch(c -> c.of(text).contains(words))).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution quoting " + words));
    }

    @Test
    void kimQuotedThroughKcnaInTheWionReport() throws Exception {
        StringBuilder sb = new StringBuilder();
        List<Attribution> all = read("000_13910312ce468948.txt", sb);
        String text = sb.toString();
        // "… the motherland," he said, as per the KCNA report. — "he" is Kim Jong Un, named in the sentence before.
        Attribution kim = quoting(all, text, "They who fought for justice");
        assertThat(kim.kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(kim.source().of(text)).isEqualTo("he");
        assertThat(kim.resolved()).isTrue();
        assertThat(kim.sourceName()).isEqualTo("Kim Jong Un");
        assertThat(kim.channel()).extracting(ChannelLink::name).containsExactly("Kim Jong Un", "KCNA");
        // "…," said the North's powerful Central Military Commission, as reported by KCNA.
        Attribution cmc = quoting(all, text, "The sub-units of our armed forces");
        assertThat(cmc.sourceName()).isEqualTo("Central Military Commission");
        assertThat(cmc.channel()).extracting(ChannelLink::name, ChannelLink::relation)
                .contains(org.assertj.core.groups.Tuple.tuple("KCNA", "as reported by"));
    }

    @Test
    void kimQuotedAccordingToKcnaInTheReutersCopy() throws Exception {
        StringBuilder sb = new StringBuilder();
        List<Attribution> all = read("001_f6b4695434acde76.txt", sb);
        String text = sb.toString();
        Attribution kim = quoting(all, text, "They who fought for justice");
        assertThat(kim.sourceName()).isEqualTo("Kim");
        assertThat(kim.channel()).extracting(ChannelLink::name, ChannelLink::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kim", ""),
                        org.assertj.core.groups.Tuple.tuple("KCNA", "according to"));
        Attribution cmc = quoting(all, text, "participated in the operations for liberating the Kursk areas");
        assertThat(cmc.kind()).isEqualTo(Attribution.Kind.PARTIAL);
        assertThat(cmc.sourceName()).isEqualTo("Pyongyang’s Central Military Commission");
    }

    @Test
    void gerasimovAndTrumpInTheAniReport() throws Exception {
        StringBuilder sb = new StringBuilder();
        List<Attribution> all = read("004_14db769ced812d63.txt", sb);
        String text = sb.toString();
        Attribution gerasimov = quoting(all, text, "I want to point out the participation of servicemen");
        assertThat(gerasimov.sourceName()).isEqualTo("Gerasimov");
        assertThat(gerasimov.kind()).isEqualTo(Attribution.Kind.DIRECT);
        // Trump wrote in a post on Truth Social, "There was no reason for Putin …"
        Attribution trump = quoting(all, text, "There was no reason for Putin");
        assertThat(trump.sourceName()).isEqualTo("Trump");
        assertThat(trump.channel()).extracting(ChannelLink::name).containsExactly("Trump", "Truth Social");
    }
}
