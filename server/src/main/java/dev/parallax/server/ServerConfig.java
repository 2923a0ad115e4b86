package dev.parallax.server;

import java.util.Objects;

/**
 * How the server listens and what it accepts; parsed once at the edge (the {@code serve} command).
 *
 * @param bind address to listen on; loopback by default, so nothing outside the machine reaches it
 * @param port TCP port, 0 for any free one
 * @param token the bearer token that {@code POST /api/articles} requires; never empty
 * @param maxBodyBytes largest request body accepted (413 above it)
 * @param maxBatch most articles in one POST
 */
public record ServerConfig(String bind, int port, String token, long maxBodyBytes, int maxBatch) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_BATCH = 500;

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("the write token must have at least 16 characters");
        }
        if (maxBodyBytes < 1024 || maxBatch < 1) {
            throw new IllegalArgumentException("body limit must be at least 1 KiB and batch at least 1");
        }
    }

    /** Loopback on the given port with default limits. */
    public static ServerConfig loopback(int port, String token) {
        return new ServerConfig(LOOPBACK, port, token, DEFAULT_MAX_BODY, DEFAULT_MAX_BATCH);
    }
}
