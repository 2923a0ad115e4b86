package dev.parallax.eval.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One Multi-News cluster (Fabbri et al. 2019): the source documents and the human summary.
 *
 * @param id the cluster name ({@code validation-000})
 * @param documents the scraped source texts, in the data set's order
 * @param summary the reference summary
 */
public record MultiNewsCluster(String id, List<String> documents, String summary) {
    public MultiNewsCluster {
        documents = List.copyOf(documents);
    }

    /** Every cluster of a JSON-lines file with {@code cluster}, {@code documents[]} and {@code summary}. */
    public static List<MultiNewsCluster> read(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<MultiNewsCluster> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<String> docs = new ArrayList<>();
            n.path("documents").forEach(d -> docs.add(d.asText()));
            out.add(new MultiNewsCluster(n.path("cluster").asText(), docs, n.path("summary").asText()));
        }
        return out;
    }
}
