package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.source.FeedState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-28T10:00:00Z"), ZoneOffset.UTC);

    static Article article(String input, String text) {
        return new Article(ArticleIds.forText(text), input, "Title", "Outlet", null, null, null, "2025-04-27", "en", text);
    }

    @Test
    void storesEachContentAndEachUrlOnce() {
        try (Store s = Store.open(dir, CLOCK)) {
            assertThat(s.put(article("https://example.org/a", "Body one."))).isEqualTo(Store.Put.STORED);
            assertThat(s.put(article("copy.txt", "Body one."))).isEqualTo(Store.Put.SAME_CONTENT);
            assertThat(s.put(article("https://example.org/a", "Body one, edited."))).isEqualTo(Store.Put.SAME_URL);
            assertThat(s.put(article("b.txt", "Body two."))).isEqualTo(Store.Put.STORED);
            assertThat(s.articleCount()).isEqualTo(2);
            assertThat(s.articles()).extracting(Article::input).containsExactly("https://example.org/a", "b.txt");
        }
    }

    @Test
    void keepsArticlesAndRejectionsAcrossReopening() {
        Article a = article("a.txt", "Some body text.");
        try (Store s = Store.open(dir, CLOCK)) {
            s.put(a);
            s.reject(new Rejection("bad.bin", "binary file"));
        }
        try (Store s = Store.open(dir, CLOCK)) {
            assertThat(s.article(a.id())).hasValue(a);
            assertThat(s.rejections()).containsExactly(new Rejection("bad.bin", "binary file"));
        }
    }

    @Test
    void keepsTheUpdateDateAndUpgradesAStoreWrittenBeforeIt() throws Exception {
        String text = "An article that was updated after it was published.";
        Article updated = new Article(ArticleIds.forText(text), "u.txt", "Title", "Outlet", null, null, null,
                "2025-04-27T08:00+02:00", "en", text, "2025-04-28T09:15+02:00");
        Article plain = article("p.txt", "An article with no update stated.");
        try (Store s = Store.open(dir, CLOCK)) {
            s.put(updated);
            s.put(plain);
            assertThat(s.article(updated.id())).hasValue(updated);
            assertThat(s.article(plain.id()).orElseThrow().updated()).isNull();
        }
        // make it a store of schema version 3, as the build before the update date wrote it
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("parallax.db"));
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("ALTER TABLE articles DROP COLUMN updated");
            st.executeUpdate("DELETE FROM schema_version WHERE version = 4");
        }
        try (Store s = Store.open(dir, CLOCK)) {
            assertThat(s.article(updated.id()).orElseThrow().updated()).isNull(); // not known to the older store
            assertThat(s.article(updated.id()).orElseThrow().published()).isEqualTo("2025-04-27T08:00+02:00");
            Article later = article("l.txt", "A third article stored after the upgrade.");
            later = new Article(later.id(), later.input(), later.title(), later.outlet(), null, null, null,
                    later.published(), "en", later.text(), "2025-04-29");
            s.put(later);
            assertThat(s.article(later.id()).orElseThrow().updated()).isEqualTo("2025-04-29");
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDirectory() {
        try (Store s = Store.open(dir, CLOCK)) {
            assertThatThrownBy(() -> Store.open(dir, CLOCK)).isInstanceOf(StoreBusyException.class)
                    .hasMessageContaining("another Parallax process is using the store in " + dir);
        }
        Store.open(dir, CLOCK).close(); // released on close
    }

    @Test
    void backupIsAStoreOfItsOwn() {
        Article a = article("a.txt", "Backed up body.");
        Path backupDir = dir.resolve("backup");
        try (Store s = Store.open(dir.resolve("live"), CLOCK)) {
            s.put(a);
            backupDir.toFile().mkdirs();
            s.backup(backupDir.resolve("parallax.db"));
        }
        try (Store b = Store.open(backupDir, CLOCK)) {
            assertThat(b.articles()).containsExactly(a);
        }
    }

    @Test
    void listsRejectionsNewestFirstByPagesAndTheFeedsThatFail() {
        try (Store s = Store.open(dir, CLOCK)) {
            for (int i = 0; i < 5; i++) {
                s.reject(new Rejection("in" + i + ".txt", "reason " + i));
            }
            var first = s.rejections(null, 2);
            assertThat(first).extracting(RejectionRow::input).containsExactly("in4.txt", "in3.txt");
            assertThat(first.get(0).reason()).isEqualTo("reason 4");
            assertThat(first.get(0).at()).isEqualTo("2025-04-28T10:00:00Z");
            var second = s.rejections(first.get(1).seq(), 2);
            assertThat(second).extracting(RejectionRow::input).containsExactly("in2.txt", "in1.txt");
            assertThat(s.rejections(second.get(1).seq(), 500)).extracting(RejectionRow::input).containsExactly("in0.txt");

            Instant now = CLOCK.instant();
            s.feeds().save(new FeedState("https://a.example/ok.rss", null, null, Duration.ofMinutes(5), now, now, null, 0));
            s.feeds().save(new FeedState("https://b.example/gone.rss", null, null, Duration.ofMinutes(10), now.plusSeconds(600),
                    now.minusSeconds(60), "HTTP 410 Gone", 2));
            s.feeds().save(new FeedState("https://c.example/slow.rss", null, null, Duration.ofMinutes(10), now.plusSeconds(600),
                    now, "timed out", 1));
            assertThat(s.failingFeeds()).extracting(FeedState::url)
                    .containsExactly("https://c.example/slow.rss", "https://b.example/gone.rss");
            assertThat(s.failingFeeds().get(1).failures()).isEqualTo(2);
        }
    }
}
