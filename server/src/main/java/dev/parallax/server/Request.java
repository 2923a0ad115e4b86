package dev.parallax.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as handlers see it: the decoded path, the first value of each query
 * parameter, header names in lower case, the body (already read under the size limit), and the
 * path parameters the route captured.
 */
record Request(String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body,
               List<String> params) {

    String param(int i) {
        return params.get(i);
    }

    String query(String name) {
        String v = query.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    String header(String name) {
        return headers.get(name);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The media type of the body without parameters, lower case; "" when none was sent. */
    String contentType() {
        String ct = headers.getOrDefault("content-type", "");
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    Request withParams(List<String> p) {
        return new Request(method, path, query, headers, body, List.copyOf(p));
    }
}
