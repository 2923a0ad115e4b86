package dev.parallax.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A few read-only connections to the store's database. In WAL mode readers see the last committed
 * state and never wait for the writer, so API reads stay fast while articles are ingested.
 */
final class ReadPool implements AutoCloseable {
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    ReadPool(String url, int size) throws SQLException {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only=ON");
                s.execute("PRAGMA busy_timeout=5000");
            }
            all.add(c);
            idle.add(c);
        }
    }

    /** A read against one pooled connection. */
    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T read(Read<T> read) throws SQLException {
        Connection c;
        try {
            c = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a read connection", e);
        }
        try {
            return read.run(c);
        } finally {
            idle.add(c);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : all) {
            c.close();
        }
    }
}
