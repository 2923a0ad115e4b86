package dev.parallax.core.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a publication date that a page passes to its own scripts: a date string given to a
 * variable, key or function whose name speaks of a date or of publication
 * ({@code article.publication_date = '2020-12-06 00:15'}, {@code showDate("2020/04/17 01:43")},
 * {@code "pubDate": "2020-04-17"}), as pages that render their dates in the browser do. Names of
 * changes ({@code modified}, {@code updated}, {@code edited}) and of other events ({@code created},
 * {@code expires}) are not read. JSON-LD blocks are left to {@link JsonLdDates}. A last resort:
 * scripts also carry dates that are not the page's.
 */
final class ScriptDates {
    private ScriptDates() {}

    private static final Pattern ASSIGNED = Pattern.compile(
            "([A-Za-z_$][\\w$.-]{0,60})[\"']?\\s*[:=(]\\s*[\"']((?:19|20)\\d{2})([-/])(\\d{1,2})\\3(\\d{1,2})"
                    + "(?:[ T](\\d{1,2}:\\d{2}(?::\\d{2})?))?(?![\\d/-])");
    private static final Pattern DATE_NAME = Pattern.compile("date|publi|posted");
    private static final Pattern OTHER_EVENT = Pattern.compile("modif|updat|edit|creat|expir|birth|start|end");

    /** The first date in the page's scripts given to a name of publication or date, as ISO 8601. */
    static Optional<String> published(Document doc) {
        for (Element script : doc.select("script:not([type~=(?i)ld\\+json])")) {
            Matcher m = ASSIGNED.matcher(script.data());
            while (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                if (!DATE_NAME.matcher(name).find() || OTHER_EVENT.matcher(name).find()) {
                    continue;
                }
                Optional<String> iso = TextDates.date(m.group(2), m.group(4), m.group(5))
                        .flatMap(d -> IsoDates.normalize(m.group(6) == null ? d.toString() : d + " " + m.group(6)));
                if (iso.isPresent()) {
                    return iso;
                }
            }
        }
        return Optional.empty();
    }
}
