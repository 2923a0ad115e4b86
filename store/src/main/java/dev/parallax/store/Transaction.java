package dev.parallax.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on a connection as one transaction: all of it committed, or none of it on any failure. */
final class Transaction {
    /** Work on the connection that may fail with an SQL error. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transaction() {}

    /** Runs {@code work} in a transaction and restores the connection's auto-commit mode afterwards. */
    static <T> T run(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
