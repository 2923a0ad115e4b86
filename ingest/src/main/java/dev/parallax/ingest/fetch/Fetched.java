package dev.parallax.ingest.fetch;

import java.util.Objects;

/**
 * A fetched response: the body of a 2xx response, or {@link #notModified()} for a 304 to a
 * conditional request.
 *
 * @param url the URL asked for
 * @param finalUrl where the content came from after redirects
 * @param status HTTP status of the final response
 * @param contentType the media type without parameters, lower case, or null
 * @param charset the {@code charset} parameter of {@code Content-Type}, or null
 * @param body the decompressed body (empty for 304)
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record Fetched(String url, String finalUrl, int status, String contentType, String charset, byte[] body,
        String etag, String lastModified) {
    public Fetched {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(body, "body");
    }

    public boolean notModified() {
        return status == 304;
    }
}
