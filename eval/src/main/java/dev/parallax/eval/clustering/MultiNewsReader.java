package dev.parallax.eval.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Multi-News sample (Fabbri et al. 2019, {@code validation-sample.jsonl}): every
 * non-blank document of every cluster, in file order, its gold label the cluster name. Documents
 * that repeat verbatim across clusters are kept, each as its own item.
 */
public final class MultiNewsReader {
    static final String FILE = "validation-sample.jsonl";

    private MultiNewsReader() {}

    /** The documents and how many blank documents were skipped. */
    public record Documents(List<GoldDocument> documents, int skippedBlank) {}

    public static Documents read(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> out = new ArrayList<>();
        int blank = 0;
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode root = json.readTree(line);
                String cluster = root.get("cluster").asText();
                int i = 0;
                for (JsonNode d : root.path("documents")) {
                    String text = d.asText().strip();
                    String input = cluster + "#" + i++;
                    if (text.isEmpty()) {
                        blank++;
                        continue;
                    }
                    out.add(new GoldDocument(new Article(ArticleIds.forText(text), input, null, null, null, null, null,
                            null, null, text), cluster));
                }
            }
        }
        return new Documents(out, blank);
    }
}
