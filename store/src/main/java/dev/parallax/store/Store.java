package dev.parallax.store;

import dev.parallax.core.article.Article;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.source.FeedLedger;
import dev.parallax.core.source.FeedState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded store in one directory: {@code parallax.db} (SQLite, write-ahead log,
 * {@code synchronous=FULL}) guarded by an exclusive lock. An article is acknowledged only after
 * its transaction commits, so an acknowledged article survives a crash; the same content or the
 * same URL is stored once. One instance per directory and process; methods are synchronized.
 */
public final class Store implements AutoCloseable {
    /** Read-only connections beside the writer: concurrent API reads never wait for an ingest. */
    private static final int READERS = 4;

    private final Path dir;
    private final StoreLock lock;
    private final Connection db;
    private final Clock clock;
    private final ReadPool reads;
    private final StoryTables stories;

    private Store(Path dir, StoreLock lock, Connection db, Clock clock, ReadPool reads) {
        this.dir = dir;
        this.lock = lock;
        this.db = db;
        this.clock = clock;
        this.reads = reads;
        this.stories = new StoryTables(this, db, reads, clock);
    }

    /** Opens (creating if needed) the store in {@code dir}; refuses a directory another process uses. */
    public static Store open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            StoreLock lock = StoreLock.acquire(dir);
            try {
                String url = "jdbc:sqlite:" + dir.resolve("parallax.db");
                Connection db = DriverManager.getConnection(url);
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=FULL");
                    s.execute("PRAGMA foreign_keys=ON");
                    s.execute("PRAGMA busy_timeout=5000");
                }
                Migrations.apply(db);
                return new Store(dir, lock, db, clock, new ReadPool(url, READERS));
            } catch (SQLException | IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store in " + dir, e);
        }
    }

    /** Whether {@link #put} stored an article or found it there already. */
    public enum Put { STORED, SAME_CONTENT, SAME_URL }

    /** Stores an article unless its content or URL is stored already; durable when it returns. */
    public synchronized Put put(Article a) {
        try {
            return putOne(a);
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + a.id() + " from " + a.input() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores many articles with their unit vectors in one transaction (bulk loading), each as
     * {@link #put} would, the vector only with an article stored now; all or none are stored, durable
     * when it returns. {@code vectors} is parallel to {@code articles}.
     */
    public synchronized List<Put> putAll(List<Article> articles, List<float[]> vectors) {
        if (articles.size() != vectors.size()) {
            throw new IllegalArgumentException(articles.size() + " articles but " + vectors.size() + " vectors");
        }
        List<Put> out = new ArrayList<>(articles.size());
        try {
            return Transaction.run(db, () -> {
                for (int i = 0; i < articles.size(); i++) {
                    Put p = putOne(articles.get(i));
                    if (p == Put.STORED) {
                        putVectorOne(articles.get(i).id(), vectors.get(i));
                    }
                    out.add(p);
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot store a batch of " + articles.size() + " articles: " + e.getMessage(), e);
        }
    }

    private Put putOne(Article a) throws SQLException {
        String url = urlOf(a.input());
        if (exists("SELECT 1 FROM articles WHERE id = ?", a.id())) {
            return Put.SAME_CONTENT;
        }
        if (url != null && exists("SELECT 1 FROM articles WHERE url = ?", url)) {
            return Put.SAME_URL;
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO articles(id, input, url, title, outlet, agency, "
                + "byline, dateline, published, language, text, ingested_at, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            Object[] values = {a.id(), a.input(), url, a.title(), a.outlet(), a.agency(), a.byline(), a.dateline(),
                a.published(), a.language(), a.text(), clock.instant().toString(), a.updated()};
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
        return Put.STORED;
    }

    public synchronized void reject(Rejection r) {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO rejections(input, reason, at) VALUES (?,?,?)")) {
            p.setString(1, r.input());
            p.setString(2, r.reason());
            p.setString(3, clock.instant().toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record rejection of " + r.input(), e);
        }
    }

    /** The article with this id; reads the last committed state without waiting for writes. */
    public Optional<Article> article(String id) {
        try {
            return reads.read(c -> {
                List<Article> found = articles(c, "SELECT * FROM articles WHERE id = ?", id);
                return found.isEmpty() ? Optional.<Article>empty() : Optional.of(found.get(0));
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** Keeps the article's unit embedding, so that a restart need not compute it again. */
    public synchronized void putVector(String articleId, float[] vector) {
        try {
            putVectorOne(articleId, vector);
        } catch (SQLException e) {
            throw new StoreException("cannot store the vector of article " + articleId + ": " + e.getMessage(), e);
        }
    }

    private void putVectorOne(String articleId, float[] vector) throws SQLException {
        ByteBuffer b = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(vector);
        try (PreparedStatement p = db.prepareStatement(
                "INSERT OR REPLACE INTO article_vectors(article_id, vector) VALUES (?, ?)")) {
            p.setString(1, articleId);
            p.setBytes(2, b.array());
            p.executeUpdate();
        }
    }

    /** Every stored article vector by article id. */
    public synchronized Map<String, float[]> vectors() {
        Map<String, float[]> out = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT article_id, vector FROM article_vectors")) {
            while (r.next()) {
                ByteBuffer b = ByteBuffer.wrap(r.getBytes(2)).order(ByteOrder.LITTLE_ENDIAN);
                float[] v = new float[b.remaining() / 4];
                b.asFloatBuffer().get(v);
                out.put(r.getString(1), v);
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read article vectors", e);
        }
    }

    /** The stories: their views, list rows, members and filter keys. */
    public StoryTables stories() {
        return stories;
    }

    /** Every article in the order it was acknowledged. */
    public synchronized List<Article> articles() {
        return articles("SELECT * FROM articles ORDER BY seq");
    }

    public synchronized int articleCount() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot count articles", e);
        }
    }

    public synchronized List<Rejection> rejections() {
        List<Rejection> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT input, reason FROM rejections ORDER BY seq")) {
            while (r.next()) {
                out.add(new Rejection(r.getString(1), r.getString(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read rejections", e);
        }
    }

    /**
     * Recorded rejections, newest first: at most {@code limit} (1 to 500) of those recorded before
     * {@code before} (a {@link RejectionRow#seq}; null for the newest). Reads without waiting for writes.
     */
    public List<RejectionRow> rejections(Long before, int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1 to 500, not " + limit);
        }
        try {
            return reads.read(c -> {
                List<RejectionRow> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT seq, input, reason, at FROM rejections"
                        + " WHERE seq < ? ORDER BY seq DESC LIMIT ?")) {
                    p.setLong(1, before == null ? Long.MAX_VALUE : before);
                    p.setInt(2, limit);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.add(new RejectionRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
                        }
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read rejections: " + e.getMessage(), e);
        }
    }

    /** The feeds whose last poll failed, most recently polled first, with their errors and schedules. */
    public List<FeedState> failingFeeds() {
        try {
            return reads.read(c -> {
                List<FeedState> out = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM feed_state"
                        + " WHERE last_error IS NOT NULL ORDER BY last_polled DESC, url")) {
                    while (r.next()) {
                        out.add(StoredFeedLedger.state(r));
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read the state of feeds: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a consistent copy of the database to {@code target} (SQLite {@code VACUUM INTO}) while
     * the store stays open; the copy opens as a store of its own.
     */
    public synchronized void backup(Path target) {
        if (Files.exists(target)) {
            throw new StoreException("backup target exists already: " + target, null);
        }
        try (PreparedStatement p = db.prepareStatement("VACUUM INTO ?")) {
            p.setString(1, target.toAbsolutePath().toString());
            p.execute();
        } catch (SQLException e) {
            throw new StoreException("backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** What {@link #backup(Path, Path)} wrote: the file, and the articles, stories and rejections it holds. */
    public record Backup(Path file, long bytes, int articles, int stories, int rejections) {}

    /**
     * Writes a consistent copy of the database of the store in {@code dir} to {@code target}
     * (SQLite {@code VACUUM INTO} on a read-only connection of its own), whether or not a process is
     * using the store: in write-ahead-log mode a reader sees the last committed state without
     * stopping the writer, so a running {@code parallax serve} goes on. The copy is checked
     * ({@code PRAGMA integrity_check}) and counted. Restore by placing the file as
     * {@code parallax.db} in an empty folder; the search index is derived data, rebuilt from the
     * database when the server starts on it.
     */
    public static Backup backup(Path dir, Path target) {
        Path db = dir.resolve("parallax.db");
        if (!Files.isRegularFile(db)) {
            throw new StoreException("there is no store in " + dir + " (no parallax.db)", null);
        }
        if (Files.exists(target)) {
            throw new StoreException("backup target exists already: " + target, null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro")) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=10000");
            }
            try (PreparedStatement p = c.prepareStatement("VACUUM INTO ?")) {
                p.setString(1, target.toAbsolutePath().toString());
                p.execute();
            }
        } catch (SQLException e) {
            throw new StoreException("backup of " + dir + " to " + target + " failed: " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + target.toAbsolutePath() + "?mode=ro");
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                String verdict = r.next() ? r.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw new StoreException("the backup " + target + " fails its integrity check: " + verdict, null);
                }
            }
            return new Backup(target, Files.size(target), count(s, "articles"), count(s, "stories"), count(s, "rejections"));
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot check the backup " + target + ": " + e.getMessage(), e);
        }
    }

    private static int count(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** The feed polling state kept in this store (feed validators and schedule, entries seen). */
    public FeedLedger feeds() {
        return new StoredFeedLedger(db, this, clock);
    }

    public Path directory() {
        return dir;
    }

    @Override
    public synchronized void close() {
        try {
            reads.close();
            db.close();
            lock.close();
        } catch (SQLException | IOException e) {
            throw new StoreException("closing the store in " + dir + " failed", e);
        }
    }

    private boolean exists(String sql, String value) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private List<Article> articles(String sql, String... params) {
        try {
            return articles(db, sql, params);
        } catch (SQLException e) {
            throw new StoreException("cannot read articles", e);
        }
    }

    private static List<Article> articles(Connection c, String sql, String... params) throws SQLException {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setString(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Article(r.getString("id"), r.getString("input"), r.getString("title"), r.getString("outlet"),
                            r.getString("agency"), r.getString("byline"), r.getString("dateline"), r.getString("published"),
                            r.getString("language"), r.getString("text"), r.getString("updated")));
                }
            }
            return out;
        }
    }

    /** The input as a URL key when it is one (http or https), else null: files are not deduplicated by path. */
    static String urlOf(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? input.strip() : null;
    }
}
