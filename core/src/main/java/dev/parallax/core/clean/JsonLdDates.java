package dev.parallax.core.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org dates from a page's JSON-LD blocks ({@code @graph} and nested objects
 * included): the {@code datePublished} (or {@code dateModified}) of an article-like object first,
 * then of any object; blocks that do not parse are searched as text. Values are returned as the
 * page writes them.
 */
final class JsonLdDates {
    private JsonLdDates() {}

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
    private static final Pattern RAW = Pattern.compile("\"(datePublished|dateCreated|dateModified)\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "article|posting|report|webpage|videoobject|creativework|liveblog", Pattern.CASE_INSENSITIVE);

    /** A date field of one JSON-LD object: its field name, its value, and whether the object is article-like. */
    record Field(String name, String value, boolean article) {}

    /** Every date field in the page's JSON-LD, in document order. */
    static List<Field> fields(Document doc) {
        List<Field> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            try {
                collect(MAPPER.readTree(json), out);
            } catch (JsonProcessingException e) {
                Matcher m = RAW.matcher(json);
                while (m.find()) {
                    out.add(new Field(m.group(1), m.group(2), false));
                }
            }
        }
        return out;
    }

    /** The publication date: an article-like object's datePublished, else any datePublished, else dateCreated. */
    static Optional<String> published(List<Field> fields) {
        return pick(fields, "datePublished", true).or(() -> pick(fields, "datePublished", false))
                .or(() -> pick(fields, "dateCreated", false));
    }

    /** The last change: an article-like object's dateModified, else any dateModified. */
    static Optional<String> modified(List<Field> fields) {
        return pick(fields, "dateModified", true).or(() -> pick(fields, "dateModified", false));
    }

    private static Optional<String> pick(List<Field> fields, String name, boolean articleOnly) {
        return fields.stream().filter(f -> f.name().equals(name) && (!articleOnly || f.article()))
                .map(Field::value).findFirst();
    }

    private static void collect(JsonNode node, List<Field> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean article = isArticle(node.get("@type"));
        for (String name : List.of("datePublished", "dateCreated", "dateModified")) {
            JsonNode v = node.get(name);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                out.add(new Field(name, v.asText().strip(), article));
            }
        }
        node.properties().forEach(e -> {
            if (e.getValue().isContainerNode()) {
                collect(e.getValue(), out);
            }
        });
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        String t = type.isArray() ? type.toString() : type.asText();
        return ARTICLE_TYPE.matcher(t.toLowerCase(Locale.ROOT)).find();
    }
}
