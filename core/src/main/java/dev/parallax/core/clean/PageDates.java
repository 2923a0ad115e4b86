package dev.parallax.core.clean;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's publication date, as htmldate does it: a full date in the address, then
 * JSON-LD, meta tags, elements marked as the publication time and {@code <time>}, then dates
 * shown in date-like elements, the headline and the text, dates handed to the page's scripts
 * ({@link ScriptDates}), and the last-modified date only as a last resort. The address gives way
 * to the markup when the page shows the markup's day by its headline; a UTC stamp gives way to
 * the day shown by the headline when a time zone puts the instant on that day ({@link UtcStamps}).
 * Dates before 1995, and shown dates after the latest date of the page's metadata, are not
 * taken. Returns ISO 8601 at the precision the page gives (a date-time with offset, a local
 * date-time, or a date).
 */
public final class PageDates {
    private PageDates() {}

    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /**
     * @param doc the parsed page, before any element is removed
     * @param url the page's address when known (may be null)
     */
    public static Optional<String> published(Document doc, String url) {
        List<MetaDates.Tag> tags = MetaDates.tags(doc);
        List<JsonLdDates.Field> jsonLd = JsonLdDates.fields(doc);
        Optional<String> markup = valid(JsonLdDates.published(jsonLd))
                .or(() -> valid(MetaDates.published(tags)))
                .or(() -> valid(MetaDates.marked(doc)))
                .or(() -> MetaDates.publicationTimes(doc).stream().map(IsoDates::normalize).flatMap(Optional::stream)
                        .filter(PageDates::plausible).findFirst());
        boolean monthFirst = monthFirst(doc);
        Supplier<Optional<LocalDate>> shownNearHeadline = memo(() -> BodyDates.nearHeadline(doc, monthFirst,
                d -> !d.isBefore(EARLIEST)));
        Optional<LocalDate> fromUrl = address(doc, url).flatMap(UrlDates::of).filter(d -> !d.isBefore(EARLIEST));
        if (fromUrl.isPresent()) {
            // the address is the most reliable; keep the markup's time when it names the same day, and
            // the markup's day when the page shows that day by its headline (two sources against one)
            Optional<String> agreeing = markup.filter(m -> day(m).equals(fromUrl)
                    || day(m).equals(shownNearHeadline.get()));
            return agreeing.or(() -> Optional.of(fromUrl.get().toString()));
        }
        if (markup.isPresent()) {
            return Optional.of(UtcStamps.localDay(markup.get(), shownNearHeadline).orElse(markup.get()));
        }
        Predicate<LocalDate> accept = shownDateFilter(tags, jsonLd, doc);
        return first(
                () -> BodyDates.nearHeadline(doc, monthFirst, accept),
                () -> BodyDates.inDateElements(doc, monthFirst, accept),
                () -> BodyDates.inHeadline(doc, monthFirst, accept),
                () -> BodyDates.inText(doc, monthFirst, accept))
                .map(LocalDate::toString)
                .or(() -> ScriptDates.published(doc).filter(PageDates::plausible))
                .or(() -> valid(MetaDates.modified(tags)))
                .or(() -> valid(jsonLd.stream().filter(f -> f.name().equals("dateModified"))
                        .map(JsonLdDates.Field::value).findFirst()));
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = s.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    @SafeVarargs
    private static Optional<LocalDate> first(Supplier<Optional<LocalDate>>... sources) {
        for (Supplier<Optional<LocalDate>> s : sources) {
            Optional<LocalDate> d = s.get();
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> valid(Optional<String> raw) {
        return raw.flatMap(IsoDates::normalize).filter(PageDates::plausible);
    }

    private static boolean plausible(String iso) {
        return day(iso).filter(d -> !d.isBefore(EARLIEST)).isPresent();
    }

    static Optional<LocalDate> day(String iso) {
        try {
            return iso.length() < 10 ? Optional.empty() : Optional.of(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The given address, else the page's canonical or Open Graph address. */
    private static Optional<String> address(Document doc, String url) {
        if (url != null && !url.isBlank() && UrlDates.of(url).isPresent()) {
            return Optional.of(url);
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
        if (canonical == null) {
            return Optional.ofNullable(url);
        }
        return Optional.of(canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content"));
    }

    /**
     * Shown dates must be from 1995 on and not after the latest date the page's metadata names (a
     * date after every machine-readable date is an event announced, not the publication).
     */
    private static Predicate<LocalDate> shownDateFilter(List<MetaDates.Tag> tags, List<JsonLdDates.Field> jsonLd,
                                                        Document doc) {
        List<String> raw = new ArrayList<>();
        tags.stream().filter(MetaDates::dated).forEach(t -> raw.add(t.value()));
        jsonLd.forEach(f -> raw.add(f.value()));
        raw.addAll(MetaDates.times(doc));
        Optional<LocalDate> latest = raw.stream().filter(v -> v.length() <= 40).map(IsoDates::normalize)
                .flatMap(Optional::stream).map(PageDates::day).flatMap(Optional::stream)
                .filter(d -> !d.isBefore(EARLIEST)).max(LocalDate::compareTo);
        return d -> !d.isBefore(EARLIEST) && latest.map(l -> !d.isAfter(l)).orElse(true);
    }

    /** Whether slashed dates read month first: pages in US English (or English without a region). */
    private static boolean monthFirst(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            Element og = doc.selectFirst("meta[property=og:locale]");
            lang = og == null ? "" : og.attr("content");
        }
        lang = lang.toLowerCase(Locale.ROOT).replace('_', '-');
        return lang.equals("en-us") || lang.equals("en");
    }
}
