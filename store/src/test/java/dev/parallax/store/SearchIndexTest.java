package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;

    @Test
    void findsByWordsAndByVectorAndSurvivesReopening() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.put("article", "a-1", "Flood in the valley", "Rivers rose after three days of rain.", new float[] {1, 0});
            index.put("article", "a-2", "Election results", "The count ended on Sunday.", new float[] {0, 1});
            index.put("story", "s-1", "Flood story", "Rivers rose.", new float[] {1, 0});
            assertThat(index.search("article", "rain rivers", null, 5)).extracting(SearchHit::id).containsExactly("a-1");
            assertThat(index.search("article", null, new float[] {0, 1}, 1)).extracting(SearchHit::id).containsExactly("a-2");
            assertThat(index.search("story", "rivers", null, 5)).extracting(SearchHit::id).containsExactly("s-1");
            index.put("article", "a-1", "Flood in the valley", "Replaced text about drought.", new float[] {1, 0});
            assertThat(index.search("article", "rain", null, 5)).isEmpty();
            assertThat(index.documents("article")).isEqualTo(2);
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.documents("article")).isEqualTo(2);
            assertThat(index.search("article", "election", null, 5)).extracting(SearchHit::title)
                    .containsExactly("Election results");
        }
    }
}
