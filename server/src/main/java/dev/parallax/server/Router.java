package dev.parallax.server;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps method and path to a handler. Paths are patterns in which {@code {name}} captures one
 * segment of safe characters (letters, digits, {@code -_.}); anything else in a segment does not
 * match, so ids never carry markup or path tricks into a handler.
 */
final class Router {
    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        Response handle(Request request);
    }

    private record Route(String method, Pattern path, Handler handler) {}

    private final List<Route> routes = new ArrayList<>();

    Router get(String path, Handler h) {
        return add("GET", path, h);
    }

    Router post(String path, Handler h) {
        return add("POST", path, h);
    }

    private Router add(String method, String path, Handler h) {
        String regex = Pattern.quote(path).replaceAll("\\{[a-z]+}", "\\\\E([A-Za-z0-9._-]{1,128})\\\\Q");
        routes.add(new Route(method, Pattern.compile(regex), h));
        return this;
    }

    /** The handler's response; 404 when no route matches the path, 405 when none takes the method. */
    Response route(Request r) {
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Matcher m = route.path().matcher(r.path());
            if (!m.matches()) {
                continue;
            }
            if (!route.method().equals(r.method())) {
                allowed.add(route.method());
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
                params.add(m.group(i));
            }
            return route.handler().handle(r.withParams(params));
        }
        if (!allowed.isEmpty()) {
            throw new HttpProblem(405, r.method() + " is not allowed on " + r.path(),
                    java.util.Map.of("Allow", String.join(", ", allowed)));
        }
        throw new HttpProblem(404, "nothing at " + r.path());
    }
}
