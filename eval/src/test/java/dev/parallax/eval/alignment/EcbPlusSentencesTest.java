package dev.parallax.eval.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusSentencesTest {
    @TempDir
    Path dir;

    private static final String DOC = """
            <Document doc_name="7_1ecb.xml">
            <token t_id="1" sentence="0" number="0">Title</token>
            <token t_id="2" sentence="1" number="0">Police</token>
            <token t_id="3" sentence="1" number="1">arrested</token>
            <token t_id="4" sentence="1" number="2">him</token>
            <token t_id="5" sentence="1" number="3">.</token>
            <token t_id="6" sentence="2" number="0">He</token>
            <token t_id="7" sentence="2" number="1">was</token>
            <token t_id="8" sentence="2" number="2">charged</token>
            <token t_id="9" sentence="2" number="3">.</token>
            <Markables>
            <ACTION_OCCURRENCE m_id="1"  >
              <token_anchor t_id="3"/>
            </ACTION_OCCURRENCE>
            <HUMAN_PART_PER m_id="2"  >
              <token_anchor t_id="2"/>
            </HUMAN_PART_PER>
            <ACTION_OCCURRENCE m_id="3"  >
              <token_anchor t_id="8"/>
            </ACTION_OCCURRENCE>
            <ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t7_arrest" instance_id="ACT1" />
            </Markables>
            <Relations>
            <CROSS_DOC_COREF r_id="1" note="ACT1" >
              <source m_id="1" />
              <target m_id="9" />
            </CROSS_DOC_COREF>
            <CROSS_DOC_COREF r_id="2" note="HUM5" >
              <source m_id="2" />
              <target m_id="10" />
            </CROSS_DOC_COREF>
            <INTRA_DOC_COREF r_id="3" >
              <source m_id="3" />
              <target m_id="1" />
            </INTRA_DOC_COREF>
            </Relations>
            </Document>
            """;

    @Test
    void selectedSentencesCarryTheirCrossDocumentEventChains() throws IOException {
        Files.createDirectories(dir.resolve("7"));
        Files.writeString(dir.resolve("7/7_1ecb.xml"), DOC);
        Files.writeString(dir.resolve(EcbPlusSentences.SELECTION), "Topic,File,Sentence Number\n7,1ecb,1\n7,1ecb,2\n9,1ecb,0\n");
        List<SentenceDocument> docs = EcbPlusSentences.read(dir);
        assertThat(docs).hasSize(1); // topic 9 is not in the folder
        SentenceDocument d = docs.get(0);
        assertThat(d.story()).isEqualTo("7ecb");
        assertThat(d.text()).isEqualTo("Title\nPolice arrested him.\nHe was charged.");
        assertThat(d.selected()).extracting(GoldSentence::text).containsExactly("Police arrested him.", "He was charged.");
        assertThat(d.selected().get(0).span().of(d.text())).isEqualTo("Police arrested him.");
        // Participants and within-document chains are not events linked across documents.
        assertThat(d.selected().get(0).events()).containsExactly("ACT1");
        assertThat(d.selected().get(1).events()).isEmpty();
    }

    @Test
    void aSelectionNamingAMissingSentenceIsAnErrorNamingTheFile() throws IOException {
        Files.createDirectories(dir.resolve("7"));
        Files.writeString(dir.resolve("7/7_1ecb.xml"), DOC);
        Files.writeString(dir.resolve(EcbPlusSentences.SELECTION), "Topic,File,Sentence Number\n7,1ecb,5\n");
        assertThatThrownBy(() -> EcbPlusSentences.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("7_1ecb.xml");
    }

    @Test
    void aMalformedSelectionLineIsAnErrorNamingTheLine() throws IOException {
        Files.writeString(dir.resolve(EcbPlusSentences.SELECTION), "Topic,File,Sentence Number\n7;1ecb;5\n");
        assertThatThrownBy(() -> EcbPlusSentences.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }
}
