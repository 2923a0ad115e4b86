package dev.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.cluster.TermExtractor;
import dev.parallax.nlp.NlpModels;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real articles the clustering benchmark starts its stream with: the Multi-News clusters of
 * {@code multinews/validation-sample.jsonl} (one story each) and the article-extraction bodies
 * (one story each), annotated once with the real models (sentences, bge-small embeddings) and read
 * by the real {@link TermExtractor}. Annotating is slow (about 500 sentences/s), so a caller may
 * take only the first clusters and bodies.
 */
public final class RealStories {
    private RealStories() {}

    /** The first {@code clusters} Multi-News clusters and {@code bodies} article bodies, annotated. */
    public static List<List<GeneratedStream.RealArticle>> load(Path dataRoot, int clusters, int bodies) throws IOException {
        List<List<Article>> groups = new ArrayList<>();
        Path jsonl = dataRoot.resolve("multinews/validation-sample.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(jsonl)) {
            String line;
            while (groups.size() < clusters && (line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = json.readTree(line);
                List<Article> group = new ArrayList<>();
                int k = 0;
                for (JsonNode d : c.path("documents")) {
                    String text = d.asText("").strip();
                    if (!text.isEmpty()) {
                        group.add(article(text, "multinews/" + c.path("cluster").asText() + "#" + k++));
                    }
                }
                if (!group.isEmpty()) {
                    groups.add(group);
                }
            }
        }
        JsonNode gold = json.readTree(dataRoot.resolve("article-extraction/ground-truth.json").toFile());
        gold.properties().stream().sorted(Map.Entry.comparingByKey()).limit(bodies).forEach(e -> {
            String body = e.getValue().path("articleBody").asText("").strip();
            if (!body.isEmpty()) {
                groups.add(List.of(article(body, "article-extraction/" + e.getKey())));
            }
        });
        Annotator annotator = new Annotator(NlpModels.sentences(), NlpModels.embedder(), NlpModels.languages());
        TermExtractor extractor = new TermExtractor();
        List<List<GeneratedStream.RealArticle>> out = new ArrayList<>(groups.size());
        for (List<Article> g : groups) {
            // keep the article vector only: the sentences' vectors are not read by story linking
            out.add(g.stream().map(a -> new GeneratedStream.RealArticle(
                    new AnnotatedArticle(a, List.of(), annotator.annotate(a).vector()), extractor.extract(a))).toList());
        }
        return out;
    }

    private static Article article(String text, String input) {
        return new Article(ArticleIds.forText(text), input, null, null, null, null, null, null, null, text);
    }
}
