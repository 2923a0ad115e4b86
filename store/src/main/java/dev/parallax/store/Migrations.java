package dev.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Versioned schema migrations: {@code migrations/V1.sql}, {@code V2.sql}, … applied in order, each
 * in one transaction, and recorded in {@code schema_version}. Opening a store at an older version
 * brings it up to date; a store newer than this build is refused.
 */
final class Migrations {
    private Migrations() {}

    /** The schema version this build writes. */
    static final int LATEST = 4;

    static void apply(Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int current = current(c);
        if (current > LATEST) {
            throw new IllegalStateException("the store has schema version " + current
                    + ", newer than this Parallax (" + LATEST + "): upgrade Parallax");
        }
        for (int v = current + 1; v <= LATEST; v++) {
            applyOne(c, v);
        }
    }

    private static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void applyOne(Connection c, int version) throws SQLException, IOException {
        String sql;
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/V" + version + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("migration V" + version + ".sql missing from the classpath");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String script = sql;
        Transaction.run(c, () -> {
            try (Statement s = c.createStatement()) {
                for (String stmt : script.replaceAll("(?m)--.*$", "").split(";")) {
                    if (!stmt.isBlank()) {
                        s.executeUpdate(stmt);
                    }
                }
                s.executeUpdate("INSERT INTO schema_version(version) VALUES (" + version + ")");
            }
            return null;
        });
    }
}
