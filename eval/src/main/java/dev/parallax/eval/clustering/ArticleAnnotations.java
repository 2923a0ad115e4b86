package dev.parallax.eval.clustering;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.nlp.NlpModels;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the real annotate stage (bundled sentence, language and embedding models) over evaluation
 * documents. For iterating on the clusterer only, the system property
 * {@code parallax.eval.cache=DIR} keeps the annotations in a folder outside the project; without it
 * every run computes them afresh.
 */
final class ArticleAnnotations {
    static final String CACHE_PROPERTY = "parallax.eval.cache";

    private final Annotator annotator = new Annotator(NlpModels.sentences(), NlpModels.embedder(), NlpModels.languages());
    private final Optional<Path> cache = Optional.ofNullable(System.getProperty(CACHE_PROPERTY)).map(Path::of);

    List<AnnotatedArticle> annotate(List<GoldDocument> documents, String task, ProgressListener progress) {
        progress.start(task, documents.size());
        List<AnnotatedArticle> out = new ArrayList<>(documents.size());
        for (GoldDocument d : documents) {
            out.add(annotateOne(d));
            progress.step();
        }
        return out;
    }

    private AnnotatedArticle annotateOne(GoldDocument d) {
        if (cache.isEmpty()) {
            return annotator.annotate(d.article());
        }
        Path file = cache.get().resolve(ArticleIds.forText(d.article().input() + "\n" + d.article().text()) + ".bin");
        try {
            if (Files.exists(file)) {
                return read(file, d);
            }
            AnnotatedArticle a = annotator.annotate(d.article());
            Files.createDirectories(file.getParent());
            write(file, a);
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, AnnotatedArticle a) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeUTF(a.article().language() == null ? "" : a.article().language());
            out.writeInt(a.sentences().size());
            for (Sentence s : a.sentences()) {
                out.writeInt(s.span().start());
                out.writeInt(s.span().end());
                writeVector(out, s.vector());
            }
            writeVector(out, a.vector());
        }
    }

    private static AnnotatedArticle read(Path file, GoldDocument d) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            String lang = in.readUTF();
            int n = in.readInt();
            List<Sentence> sentences = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Span span = new Span(in.readInt(), in.readInt());
                sentences.add(new Sentence(i, span, span.of(d.article().text()), readVector(in)));
            }
            return new AnnotatedArticle(d.article().withLanguage(lang.isEmpty() ? null : lang), sentences, readVector(in));
        }
    }

    private static void writeVector(DataOutputStream out, float[] v) throws IOException {
        out.writeInt(v.length);
        for (float x : v) {
            out.writeFloat(x);
        }
    }

    private static float[] readVector(DataInputStream in) throws IOException {
        float[] v = new float[in.readInt()];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readFloat();
        }
        return v;
    }
}
