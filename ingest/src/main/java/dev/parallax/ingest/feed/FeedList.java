package dev.parallax.ingest.feed;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.parallax.ingest.UrlList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The feeds a user follows: an OPML subscription list (as feed readers export it; outlines with
 * {@code xmlUrl}, nested folders included) or a text file of feed and sitemap URLs, one a line.
 * Repeated URLs are read once, in file order.
 */
public final class FeedList {
    private FeedList() {}

    /** The feed URLs in {@code file}; throws with the reason when it is neither OPML nor a URL list. */
    public static List<String> read(Path file) throws IOException {
        String head = new String(Files.readAllBytes(file), 0, (int) Math.min(Files.size(file), 4096),
                java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (!head.contains("<opml")) {
            return UrlList.read(file);
        }
        try (XmlReader reader = new XmlReader(Files.newInputStream(file), true, "UTF-8")) {
            WireFeedInput input = new WireFeedInput();
            input.setAllowDoctypes(false);
            Opml opml = (Opml) input.build(reader);
            LinkedHashSet<String> urls = new LinkedHashSet<>();
            collect(opml.getOutlines(), urls);
            return new ArrayList<>(urls);
        } catch (FeedException | IllegalArgumentException | ClassCastException e) {
            throw new IOException("not a readable OPML file: " + e.getMessage(), e);
        }
    }

    private static void collect(List<Outline> outlines, LinkedHashSet<String> urls) {
        for (Outline o : outlines) {
            if (o.getXmlUrl() != null && !o.getXmlUrl().isBlank()) {
                urls.add(o.getXmlUrl().strip());
            }
            collect(o.getChildren(), urls);
        }
    }
}
