package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NlpModelsTest {
    @Test
    void loadsEachModelOnce() {
        assertThat(NlpModels.sentences()).isSameAs(NlpModels.sentences()).isInstanceOf(OpenNlpSentenceSplitter.class);
        assertThat(NlpModels.languages()).isSameAs(NlpModels.languages()).isInstanceOf(OpenNlpLanguageDetector.class);
        assertThat(NlpModels.embedder()).isSameAs(NlpModels.embedder());
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> ModelResource.open("no-such-model.bin", "some:artifact"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-model.bin")
                .hasMessageContaining("some:artifact");
    }
}
