package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.parallax.core.annotate.LanguageDetector;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.digest.ArticleView;
import dev.parallax.ingest.FileInputs;
import dev.parallax.nlp.NlpModels;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax clean}: each input to one line of JSON with the article fields of the digest
 * contract (cleaned body and metadata), or {@code {"input": …, "rejected": reason}}.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Cleans articles to their body and metadata: one JSON object per input, one per line.",
                "Exit codes: 0 all inputs read, 1 some inputs rejected, 2 usage error."})
final class CleanCommand implements Callable<Integer> {
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    @CommandLine.Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FileInputs.Batch batch = input.read(spec.commandLine());
        ArticleCleaner cleaner = new ArticleCleaner();
        LanguageDetector languages = NlpModels.languages();
        PrintWriter out = spec.commandLine().getOut();
        int rejected = 0;
        for (RawArticle raw : batch.articles()) {
            try {
                Article a = cleaner.clean(raw);
                a = a.withLanguage(languages.detect(a.text()).orElse(null));
                out.println(JSON.writeValueAsString(ArticleView.of(a, null)));
            } catch (RejectedInputException e) {
                out.println(rejection(e.toRejection(raw.input())));
                rejected++;
            }
        }
        for (Rejection r : batch.rejected()) {
            out.println(rejection(r));
            rejected++;
        }
        out.flush();
        return rejected == 0 ? 0 : ParallaxCli.EXIT_REJECTED;
    }

    private static String rejection(Rejection r) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("input", r.input());
        m.put("rejected", r.reason());
        return JSON.writeValueAsString(m);
    }
}
