package dev.parallax.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response: status, media type, body and extra headers. Immutable. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    Response {
        headers = Map.copyOf(headers);
    }

    static Response json(int status, Object value) {
        return new Response(status, "application/json", StoryJson.write(value).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Response json(Object value) {
        return json(200, value);
    }

    /** A body already serialised as JSON. */
    static Response rawJson(String json) {
        return new Response(200, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Response html(int status, String page) {
        return new Response(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Response of(String contentType, String body) {
        return new Response(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    Response withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, contentType, body, h);
    }
}
