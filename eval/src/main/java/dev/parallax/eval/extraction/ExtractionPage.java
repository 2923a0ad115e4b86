package dev.parallax.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.ingest.FileInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page of the Zyte article-extraction benchmark: its id, address, decoded HTML and gold
 * article body. {@link #load} reads {@code ground-truth.json} and {@code html/<id>.html.gz} below
 * the data set folder, decoding each page through the ingest stage as {@code parallax digest} would.
 *
 * @param id the benchmark's page id (a hash)
 * @param url the page's address, used as the base URI
 * @param html the decoded page
 * @param gold the gold {@code articleBody}
 */
public record ExtractionPage(String id, String url, String html, String gold) {

    /** Every page of the data set in the order of {@code ground-truth.json}. */
    public static List<ExtractionPage> load(Path folder) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(Files.readString(folder.resolve("ground-truth.json")));
        FileInputs inputs = new FileInputs();
        List<ExtractionPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            Path file = folder.resolve("html").resolve(e.getKey() + ".html.gz");
            String html;
            try {
                html = inputs.readFile(file).content();
            } catch (RejectedInputException x) {
                throw new IOException(file + ": " + x.getMessage(), x);
            }
            pages.add(new ExtractionPage(e.getKey(), e.getValue().path("url").asText(""), html,
                    e.getValue().path("articleBody").asText("")));
        }
        return pages;
    }
}
