package dev.parallax.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that cannot be answered, thrown by handlers and written as an RFC 9457 problem
 * document ({@code application/problem+json}): type, title, status, detail and instance.
 */
final class HttpProblem extends RuntimeException {
    private final int status;
    private final Map<String, String> headers;

    HttpProblem(int status, String detail) {
        this(status, detail, Map.of());
    }

    HttpProblem(int status, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    Response toResponse(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", getMessage());
        body.put("instance", instance);
        Response r = Response.json(status, body);
        r = new Response(status, "application/problem+json", r.body(), headers);
        return r;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
