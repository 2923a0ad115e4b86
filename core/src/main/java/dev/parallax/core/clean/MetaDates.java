package dev.parallax.core.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads machine-readable dates from a page's markup: {@code <meta>} names and properties (Open
 * Graph, article, Dublin Core, Parse.ly, Sailthru, citation, itemprop…), elements with
 * {@code itemprop=datePublished}, {@code <time>} marked as the publication time, and
 * {@code <abbr class=published>}. Values are returned as the page writes them.
 */
final class MetaDates {
    private MetaDates() {}

    /** Names whose value is the publication date, the most specific first. */
    private static final List<String> PUBLISHED = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
            "article:published", "article.published", "article:publicationdate", "publication_date",
            "published_time", "published-date", "publish-date", "publish_date", "publishdate", "pubdate",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dc.date.publication", "dcterms.created", "dc.created", "citation_publication_date", "citation_date",
            "originalpublicationdate", "article_date_original", "date_published", "dateposted", "datecreated",
            "cxenseparse:recs:publishtime", "bt:pubdate", "rnews:datepublished", "shareaholic:article_published_time",
            "article.created", "dc.date", "dc:date", "dcterms.date", "date", "created", "timestamp");

    /** Names whose value is a later change, kept only as the page's latest date and as a last resort. */
    static final Set<String> MODIFIED = Set.of(
            "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "dc.modified",
            "dcterms.modified", "modified_time", "updated_time", "last-modified", "lastmodified", "dateupdate");

    /** A name/value pair from a meta element or attribute, the name lower-cased. */
    record Tag(String name, String value) {}

    /** Every dated meta tag of the page (by name, property, itemprop or http-equiv), in document order. */
    static List<Tag> tags(Document doc) {
        List<Tag> out = new ArrayList<>();
        for (Element meta : doc.select("meta[content]")) {
            String value = meta.attr("content").strip();
            if (value.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                if (meta.hasAttr(key)) {
                    out.add(new Tag(meta.attr(key).strip().toLowerCase(Locale.ROOT), value));
                }
            }
        }
        return out;
    }

    /** The publication date from the meta tags: the first tag of the most specific name present. */
    static Optional<String> published(List<Tag> tags) {
        for (String name : PUBLISHED) {
            for (Tag t : tags) {
                if (t.name().equals(name)) {
                    return Optional.of(t.value());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the tag names a publication or change date. */
    static boolean dated(Tag t) {
        return PUBLISHED.contains(t.name()) || MODIFIED.contains(t.name());
    }

    /** The last-change date from the meta tags. */
    static Optional<String> modified(List<Tag> tags) {
        return tags.stream().filter(t -> MODIFIED.contains(t.name())).map(Tag::value).findFirst();
    }

    /** A date on an element marked as the publication date: itemprop, {@code time[pubdate]}, classes. */
    static Optional<String> marked(Document doc) {
        for (String query : List.of("[itemprop~=(?i)^datePublished$]", "time[pubdate]",
                "time[class~=(?i)published|entry-date|publish|post-date|created]",
                "abbr[class~=(?i)published|date]", "[property=dc:date], [property=dcterms:issued]")) {
            for (Element e : doc.select(query)) {
                Optional<String> v = value(e);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    /** The {@code datetime} of the page's {@code <time>} elements, in document order. */
    static List<String> times(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("time[datetime]")) {
            String v = e.attr("datetime").strip();
            if (v.length() >= 8) {
                out.add(v);
            }
        }
        return out;
    }

    /** The {@code datetime} of the {@code <time>} elements not marked or labelled as an update, in document order. */
    static List<String> publicationTimes(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("time[datetime]")) {
            String v = e.attr("datetime").strip();
            if (v.length() >= 8 && !PageUpdates.marksUpdate(e)) {
                out.add(v);
            }
        }
        return out;
    }

    private static Optional<String> value(Element e) {
        for (String attr : List.of("datetime", "content", "title", "value")) {
            String v = e.attr(attr).strip();
            if (v.length() >= 6 && v.chars().filter(Character::isDigit).count() >= 4) {
                return Optional.of(v);
            }
        }
        String text = e.text().strip();
        return text.length() >= 6 && text.length() <= 80 ? Optional.of(text) : Optional.empty();
    }
}
