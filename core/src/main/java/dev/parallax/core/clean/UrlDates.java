package dev.parallax.core.clean;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a full publication day out of a page address: /2020/05/12/, /2020-05-12-slug, _2020_5_12,
 * or an eight-digit /20200512/ segment. Partial dates (/2020/05/) and digits inside longer numbers
 * (ids) are not dates.
 */
final class UrlDates {
    private UrlDates() {}

    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d{2})([/_.-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("(?<=[/_.=-])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.?&#-]|$)");

    static Optional<LocalDate> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String path = path(url);
        Matcher m = SEPARATED.matcher(path);
        while (m.find()) {
            Optional<LocalDate> d = TextDates.date(m.group(1), m.group(3), m.group(4));
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher c = COMPACT.matcher(path);
        while (c.find()) {
            Optional<LocalDate> d = TextDates.date(c.group(1), c.group(2), c.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The address without scheme and host, so that host names with digits are not read. */
    private static String path(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "" : url.substring(slash);
    }
}
