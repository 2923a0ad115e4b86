package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryTablesTest {
    @TempDir
    Path dir;

    private static StoryUpdate story(String id, List<String> articles, Set<String> entities, Set<String> outlets) {
        return new StoryUpdate(id, "Headline " + id, "Lead of " + id, outlets.size(), articles.size(), false,
                "{\"id\":\"" + id + "\"}", articles, entities, outlets, "changed");
    }

    @Test
    void listsNewestChangeFirstWithFiltersAndCursor() {
        try (Store s = Store.open(dir, StoreTest.CLOCK)) {
            Article a = StoreTest.article("a.txt", "Body a.");
            Article b = StoreTest.article("b.txt", "Body b.");
            s.put(a);
            s.put(b);
            StoryTables t = s.stories();
            t.save(story("s-1", List.of(a.id()), Set.of("Kim Jong Un"), Set.of("Outlet One")));
            t.save(story("s-2", List.of(b.id()), Set.of("Vladimir Putin"), Set.of("Outlet Two")));
            t.save(story("s-1", List.of(a.id()), Set.of("Kim Jong Un", "Kursk"), Set.of("Outlet One")));

            assertThat(t.list(StoryFilter.newest(10))).extracting(StoryRow::id).containsExactly("s-1", "s-2");
            assertThat(t.list(new StoryFilter(null, "  KURSK ", null, null, null, 10))).extracting(StoryRow::id)
                    .containsExactly("s-1");
            assertThat(t.list(new StoryFilter(null, null, "outlet two", null, null, 10))).extracting(StoryRow::id)
                    .containsExactly("s-2");
            assertThat(t.list(new StoryFilter(null, null, null, List.of("s-2"), null, 10))).extracting(StoryRow::id)
                    .containsExactly("s-2");
            long newest = t.list(StoryFilter.newest(1)).get(0).version();
            assertThat(t.list(new StoryFilter(null, null, null, null, newest, 10))).extracting(StoryRow::id)
                    .containsExactly("s-2");
            assertThat(t.count()).isEqualTo(2);
            assertThat(t.ofArticle(a.id())).containsExactly("s-1");
            assertThat(t.assignments()).containsExactly(java.util.Map.entry(a.id(), "s-1"), java.util.Map.entry(b.id(), "s-2"));
            assertThat(t.viewJson("s-2")).hasValue("{\"id\":\"s-2\"}");
            assertThat(t.viewJson("s-9")).isEmpty();
        }
    }

    @Test
    void vectorsSurviveReopening() {
        Article a = StoreTest.article("a.txt", "Body a.");
        try (Store s = Store.open(dir, StoreTest.CLOCK)) {
            s.put(a);
            s.putVector(a.id(), new float[] {0.6f, -0.8f});
        }
        try (Store s = Store.open(dir, StoreTest.CLOCK)) {
            assertThat(s.vectors().get(a.id())).containsExactly(0.6f, -0.8f);
        }
    }
}
