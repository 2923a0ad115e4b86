package dev.parallax.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.time.Precision;
import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.annotate.time.TimexType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlDocumentTest {
    @TempDir
    Path dir;

    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>X1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
            <TEXT>
            Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, \
            AT&amp;T said, after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> of calm.<TIMEX3 tid="t3" type="DATE" value="1998"/>
            </TEXT>
            </TimeML>
            """;

    @Test
    void rebuildsThePlainTextAndTheGoldSpans() throws IOException {
        Files.writeString(dir.resolve("X1.tml"), DOC);
        TimeMlDocument d = TimeMlDocument.readAll(dir).get(0);
        assertThat(d.id()).isEqualTo("X1");
        assertThat(d.creationTime()).isEqualTo("1998-08-07");
        assertThat(d.text()).isEqualTo("\nBombs exploded Friday, AT&T said, after two weeks of calm.\n");
        assertThat(d.timexes()).extracting(g -> g.span().of(d.text())).containsExactly("Friday", "two weeks");
        assertThat(d.timexes()).extracting(GoldTimex::value).containsExactly("1998-08-07", "P2W");
    }

    @Test
    void aDocumentWithoutCreationTimeIsRefusedByName() throws IOException {
        Path f = dir.resolve("bad.tml");
        Files.writeString(f, "<TimeML><TEXT>Friday</TEXT></TimeML>");
        assertThatThrownBy(() -> TimeMlDocument.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.tml").hasMessageContaining("CREATION_TIME");
    }

    @Test
    void scoresSpansStrictAndRelaxedAndValuesOnRelaxedMatches() {
        // gold: [0,6) Friday 1998-08-07, [10,20) two weeks P2W, [30,35) today 1998-08-07
        List<GoldTimex> gold = List.of(new GoldTimex(new Span(0, 6), "DATE", "1998-08-07"),
                new GoldTimex(new Span(10, 20), "DURATION", "P2W"), new GoldTimex(new Span(30, 35), "DATE", "1998-08-07"));
        List<TimeExpression> system = List.of(
                new TimeExpression(new Span(0, 6), "Friday", TimexType.DATE, "1998-08-07", Precision.DAY, null),
                new TimeExpression(new Span(14, 20), "weeks", TimexType.DURATION, "PXW", Precision.WEEK, null),
                new TimeExpression(new Span(40, 45), "later", TimexType.DATE, "FUTURE_REF", Precision.NONE, null));
        TimexScore s = TimexMatcher.score(system, gold);
        assertThat(s).isEqualTo(new TimexScore(3, 3, 1, 2, 2, 1));
        assertThat(s.strictF1()).isEqualTo(1.0 / 3);
        assertThat(s.relaxedF1()).isEqualTo(2.0 / 3);
        assertThat(s.typeAccuracy()).isEqualTo(1.0);
        assertThat(s.valueF1()).isEqualTo(1.0 / 3);
    }
}
