package dev.parallax.core.render;

import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.StoryView;
import dev.parallax.core.digest.TimelineEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The numbered source list of one story, shared by the Markdown and HTML reports: article
 * {@code i} of the story is source {@code i + 1}, and citations are those numbers.
 */
final class SourceIndex {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final List<ArticleView> articles;
    private final Map<String, Integer> numbers = new HashMap<>();

    SourceIndex(StoryView story) {
        this.articles = story.articles();
        for (int i = 0; i < articles.size(); i++) {
            numbers.putIfAbsent(articles.get(i).id(), i + 1);
        }
    }

    List<ArticleView> articles() {
        return articles;
    }

    /** The source number of an article id, or 0 when the story has no such article. */
    int number(String articleId) {
        return articleId == null ? 0 : numbers.getOrDefault(articleId, 0);
    }

    /** Distinct source numbers of the given article ids, ascending; unknown ids are left out. */
    List<Integer> numbers(Collection<String> articleIds) {
        TreeSet<Integer> out = new TreeSet<>();
        for (String id : articleIds) {
            int n = number(id);
            if (n > 0) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /** Distinct source numbers of the articles the spans point into, ascending. */
    List<Integer> spanNumbers(Collection<SourceSpan> spans) {
        return numbers(spans.stream().filter(Objects::nonNull).map(SourceSpan::article).toList());
    }

    /** What to call a source: its outlet, or else the file name of its input. */
    static String name(ArticleView article) {
        if (article.outlet() != null && !article.outlet().isBlank()) {
            return article.outlet();
        }
        return fileName(article.input());
    }

    /** The last path segment of a path or URL, without query or fragment; the input when there is none. */
    static String fileName(String input) {
        if (input == null || input.isBlank()) {
            return "unknown input";
        }
        String s = input.strip();
        if (s.contains("://")) {
            s = s.replaceFirst("[?#].*$", "");
        }
        s = s.replaceFirst("[/\\\\]+$", "");
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String name = s.substring(cut + 1);
        return name.isEmpty() ? input.strip() : name;
    }

    /** The calendar date of an ISO 8601 date or date-time; other values as they are; null when unknown. */
    static String date(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String s = published.strip();
        return ISO_DATE.matcher(s).matches() ? s.substring(0, 10) : s;
    }

    /** The calendar date of the article's update when it is on a later day than its publication; else null. */
    static String updatedDate(ArticleView article) {
        String updated = date(article.updated());
        return updated == null || updated.equals(date(article.published())) ? null : updated;
    }

    /** A timeline date shown to its precision: {@code 2024}, {@code 2024-05} or {@code 2024-05-01}. */
    static String date(TimelineEntry entry) {
        String d = entry.date();
        if (d == null || d.isBlank()) {
            return "undated";
        }
        d = d.strip();
        if (entry.precision() == null || !PARTIAL_DATE.matcher(d).matches()) {
            return d;
        }
        int keep = switch (entry.precision()) {
            case YEAR -> 4;
            case MONTH -> 7;
            case DAY -> 10;
        };
        return d.substring(0, Math.min(keep, d.length()));
    }

    /** "1 independent source", "3 independent sources". */
    static String plural(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
