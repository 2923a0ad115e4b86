package dev.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stories of a {@link Store}: each story's view (JSON), its list row, members, filter keys and
 * history. A save replaces all of them in one transaction, so a reader sees a story either before
 * or after a change, never half of it. Reads use the store's read-only connections.
 */
public final class StoryTables {
    private final Object writeLock;
    private final Connection db;
    private final ReadPool reads;
    private final Clock clock;

    StoryTables(Object writeLock, Connection db, ReadPool reads, Clock clock) {
        this.writeLock = writeLock;
        this.db = db;
        this.reads = reads;
        this.clock = clock;
    }

    /** Writes the story's new state and returns its change number; durable when it returns. */
    public long save(StoryUpdate u) {
        return saveAll(List.of(u)).get(0);
    }

    /**
     * Writes the new states of several stories in one transaction (bulk loading), in order, and
     * returns their change numbers; all or none are written, durable when it returns.
     */
    public List<Long> saveAll(List<StoryUpdate> updates) {
        synchronized (writeLock) {
            String now = clock.instant().toString();
            List<Long> versions = new ArrayList<>(updates.size());
            try {
                return Transaction.run(db, () -> {
                    long version = nextVersion();
                    for (StoryUpdate u : updates) {
                        upsert(u, now, version);
                        replaceMembers(u);
                        try (PreparedStatement p = db.prepareStatement(
                                "INSERT INTO story_history(story_id, at, event, detail) VALUES (?,?,?,?)")) {
                            p.setString(1, u.id());
                            p.setString(2, now);
                            p.setString(3, u.event());
                            p.setString(4, u.articleIds().size() + " articles");
                            p.executeUpdate();
                        }
                        versions.add(version++);
                    }
                    return versions;
                });
            } catch (SQLException e) {
                String what = updates.size() == 1 ? "story " + updates.get(0).id() : updates.size() + " stories";
                throw new StoreException("cannot save " + what + ": " + e.getMessage(), e);
            }
        }
    }

    private long nextVersion() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM stories")) {
            return r.next() ? r.getLong(1) + 1 : 1;
        }
    }

    private void upsert(StoryUpdate u, String now, long version) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("""
                INSERT INTO stories(id, headline, view_json, updated_at, lead, article_count, outlet_count,
                  independent_count, disputed, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?)
                ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, view_json = excluded.view_json,
                  updated_at = excluded.updated_at, lead = excluded.lead, article_count = excluded.article_count,
                  outlet_count = excluded.outlet_count, independent_count = excluded.independent_count,
                  disputed = excluded.disputed, version = excluded.version""")) {
            p.setString(1, u.id());
            p.setString(2, u.headline());
            p.setString(3, u.viewJson());
            p.setString(4, now);
            p.setString(5, u.lead());
            p.setInt(6, u.articleIds().size());
            p.setInt(7, u.outlets());
            p.setInt(8, u.independentSources());
            p.setInt(9, u.disputed() ? 1 : 0);
            p.setString(10, now);
            p.setLong(11, version);
            p.executeUpdate();
        }
    }

    private void replaceMembers(StoryUpdate u) throws SQLException {
        for (String table : List.of("story_articles", "story_keys")) {
            try (PreparedStatement p = db.prepareStatement("DELETE FROM " + table + " WHERE story_id = ?")) {
                p.setString(1, u.id());
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO story_articles(story_id, article_id) VALUES (?,?)")) {
            for (String a : u.articleIds()) {
                p.setString(1, u.id());
                p.setString(2, a);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO story_keys(story_id, kind, value) VALUES (?,?,?)")) {
            for (String e : u.entityKeys()) {
                addKey(p, u.id(), "entity", e);
            }
            for (String o : u.outletKeys()) {
                addKey(p, u.id(), "outlet", o);
            }
            p.executeBatch();
        }
    }

    private static void addKey(PreparedStatement p, String story, String kind, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            return;
        }
        p.setString(1, story);
        p.setString(2, kind);
        p.setString(3, key(value));
        p.addBatch();
    }

    /** How filter values are compared: trimmed, whitespace folded, lower case. */
    public static String key(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Stories matching the filter, newest change first. */
    public List<StoryRow> list(StoryFilter f) {
        StringBuilder sql = new StringBuilder("SELECT id, headline, lead, article_count, outlet_count, independent_count, "
                + "disputed, created_at, updated_at, version FROM stories s WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.since() != null) {
            sql.append(" AND updated_at >= ?");
            args.add(f.since());
        }
        if (f.entity() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM story_keys k WHERE k.story_id = s.id AND k.kind = 'entity' AND k.value = ?)");
            args.add(key(f.entity()));
        }
        if (f.outlet() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM story_keys k WHERE k.story_id = s.id AND k.kind = 'outlet' AND k.value = ?)");
            args.add(key(f.outlet()));
        }
        if (f.ids() != null) {
            if (f.ids().isEmpty()) {
                return List.of();
            }
            sql.append(" AND id IN (").append("?,".repeat(f.ids().size() - 1)).append("?)");
            args.addAll(f.ids());
        }
        if (f.before() != null) {
            sql.append(" AND version < ?");
            args.add(f.before());
        }
        sql.append(" ORDER BY version DESC LIMIT ?");
        args.add(f.limit());
        try {
            return reads.read(c -> {
                List<StoryRow> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement(sql.toString())) {
                    for (int i = 0; i < args.size(); i++) {
                        p.setObject(i + 1, args.get(i));
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.add(new StoryRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5),
                                    r.getInt(6), r.getInt(7) != 0, r.getString(8), r.getString(9), r.getLong(10)));
                        }
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot list stories: " + e.getMessage(), e);
        }
    }

    /** The story's view as stored (JSON), if there is such a story. */
    public Optional<String> viewJson(String storyId) {
        return one("SELECT view_json FROM stories WHERE id = ?", storyId);
    }

    /** The ids of the stories the article belongs to, newest change first. */
    public List<String> ofArticle(String articleId) {
        try {
            return reads.read(c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT a.story_id FROM story_articles a JOIN stories s "
                        + "ON s.id = a.story_id WHERE a.article_id = ? ORDER BY s.version DESC")) {
                    p.setString(1, articleId);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.add(r.getString(1));
                        }
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read the stories of article " + articleId, e);
        }
    }

    /** Each assigned article's story, in article arrival order. */
    public Map<String, String> assignments() {
        synchronized (writeLock) {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT sa.article_id, sa.story_id "
                    + "FROM story_articles sa JOIN articles a ON a.id = sa.article_id ORDER BY a.seq")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException("cannot read story members", e);
            }
        }
    }

    /** Number of stored stories. */
    public int count() {
        return one("SELECT count(*) FROM stories", null).map(Integer::parseInt).orElse(0);
    }

    private Optional<String> one(String sql, String param) {
        try {
            return reads.read(c -> {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    if (param != null) {
                        p.setString(1, param);
                    }
                    try (ResultSet r = p.executeQuery()) {
                        return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.<String>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read stories: " + e.getMessage(), e);
        }
    }
}
