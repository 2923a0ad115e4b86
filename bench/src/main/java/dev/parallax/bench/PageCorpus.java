package dev.parallax.bench;

import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.clean.VisibleText;
import dev.parallax.ingest.FileInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The benchmark corpus: the real article pages of {@code article-extraction/html}, decoded, and
 * each page's visible text as a scraper would save it (boilerplate included).
 */
public record PageCorpus(List<String> html, List<String> text) {

    public PageCorpus {
        html = List.copyOf(html);
        text = List.copyOf(text);
    }

    public static PageCorpus load(Path dataRoot) {
        Path dir = dataRoot.resolve("article-extraction/html");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        FileInputs inputs = new FileInputs();
        List<String> html = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (Path f : files) {
            try {
                RawArticle raw = inputs.readFile(f);
                html.add(raw.content());
                Document doc = Jsoup.parse(raw.content());
                doc.select("script, style, noscript, template").remove();
                text.add(VisibleText.of(doc.body()));
            } catch (RejectedInputException e) {
                // an unreadable page is left out of the speed corpus; the quality eval reports it
            }
        }
        if (html.isEmpty()) {
            throw new IllegalStateException("no pages under " + dir);
        }
        return new PageCorpus(html, text);
    }
}
