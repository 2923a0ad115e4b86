package dev.parallax.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.ingest.fetch.Fetched;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads a fetched feed or sitemap into its entries: RSS 0.9x–2.0 and Atom (Rome, doctype
 * declarations refused, so no external entities), and XML sitemaps, Google news sitemaps and
 * sitemap indexes (crawler-commons, lenient: a partly broken sitemap gives the entries it could
 * read). Relative links are resolved against the document's URL; entries without a link are left
 * out, since there is nothing to fetch. A document that is neither is rejected with the reason.
 */
public final class FeedParser {
    private FeedParser() {}

    public static FeedDocument parse(Fetched f) throws RejectedInputException {
        String head = new String(f.body(), 0, Math.min(f.body().length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return sitemap(f);
        }
        return feed(f);
    }

    private static FeedDocument feed(Fetched f) throws RejectedInputException {
        SyndFeed feed;
        String type = f.contentType() == null ? null
                : f.contentType() + (f.charset() == null ? "" : "; charset=" + f.charset());
        try (XmlReader reader = type == null ? new XmlReader(new ByteArrayInputStream(f.body()), true, "UTF-8")
                : new XmlReader(new ByteArrayInputStream(f.body()), type, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new RejectedInputException("not a feed or sitemap: " + e.getMessage());
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink();
            if ((link == null || link.isBlank()) && !e.getLinks().isEmpty()) {
                link = e.getLinks().get(0).getHref();
            }
            if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
                link = e.getUri(); // RSS guid isPermaLink
            }
            if (link == null || link.isBlank()) {
                continue;
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            items.add(new FeedItem(resolve(f.finalUrl(), link), e.getTitle() == null ? null : e.getTitle().strip(),
                    date == null ? null : date.toInstant().toString(), null));
        }
        String kind = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "Atom" : "RSS";
        return new FeedDocument(kind, items, List.of());
    }

    private static FeedDocument sitemap(Fetched f) throws RejectedInputException {
        SiteMapParser parser = new SiteMapParser(false, true);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(f.contentType() == null ? "text/xml" : f.contentType(), f.body(),
                    URI.create(f.finalUrl()).toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new RejectedInputException("not a readable sitemap: " + e.getMessage());
        }
        if (map instanceof SiteMapIndex index) {
            List<String> children = index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList();
            return new FeedDocument("sitemap index", List.of(), children);
        }
        List<FeedItem> items = new ArrayList<>();
        boolean news = false;
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            ExtensionMetadata[] meta = u.getAttributesForExtension(Extension.NEWS);
            NewsAttributes n = meta != null && meta.length > 0 && meta[0] instanceof NewsAttributes a ? a : null;
            news |= n != null;
            Date date = n != null && n.getPublicationDate() != null ? n.getPublicationDate() : u.getLastModified();
            items.add(new FeedItem(u.getUrl().toString(), n == null ? null : n.getTitle(),
                    date == null ? null : date.toInstant().toString(), n == null ? null : n.getLanguage()));
        }
        return new FeedDocument(news ? "news sitemap" : "sitemap", items, List.of());
    }

    private static String resolve(String base, String link) {
        try {
            return URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    /** Kept for callers that hold a URL object. */
    static String resolve(URL base, String link) {
        return resolve(base.toString(), link);
    }
}
