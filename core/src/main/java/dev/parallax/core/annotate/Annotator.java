package dev.parallax.core.annotate;

import dev.parallax.core.annotate.entity.ArticleEntity;
import dev.parallax.core.annotate.entity.EntityAnnotator;
import dev.parallax.core.annotate.time.TimeAnchor;
import dev.parallax.core.annotate.time.TimeAnnotator;
import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.article.Article;
import dev.parallax.core.clean.WeekdayDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The annotate stage: language, sentences, embeddings and (when given their annotators) time
 * expressions and entities for one article.
 *
 * <p>The article vector pools every sentence of the body (never a truncated text) and gives the
 * title the weight of the lead sentences, since titles and leads carry the event.
 */
public final class Annotator {
    private static final int LEAD_SENTENCES = 3;

    private final SentenceSplitter splitter;
    private final Embedder embedder;
    private final LanguageDetector languages;
    private final TimeAnnotator times;
    private final EntityAnnotator entities;

    /** An annotator without time expressions or entities. */
    public Annotator(SentenceSplitter splitter, Embedder embedder, LanguageDetector languages) {
        this(splitter, embedder, languages, null, null);
    }

    /**
     * @param times the time annotator, or null to leave time expressions out
     * @param entities the entity annotator, or null to leave entities out
     */
    public Annotator(SentenceSplitter splitter, Embedder embedder, LanguageDetector languages, TimeAnnotator times,
            EntityAnnotator entities) {
        this.splitter = Objects.requireNonNull(splitter);
        this.embedder = Objects.requireNonNull(embedder);
        this.languages = Objects.requireNonNull(languages);
        this.times = times;
        this.entities = entities;
    }

    public AnnotatedArticle annotate(Article article) {
        String lang = languages.detect(article.text()).orElse(null);
        Article withLang = article.withLanguage(lang);
        List<Span> spans = splitter.split(article.text());
        List<String> texts = new ArrayList<>(spans.size() + 1);
        for (Span s : spans) {
            texts.add(s.of(article.text()));
        }
        boolean hasTitle = article.title() != null && !article.title().isBlank();
        if (hasTitle) {
            texts.add(article.title());
        }
        float[][] vectors = texts.isEmpty() ? new float[0][] : embedder.embed(texts);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            sentences.add(new Sentence(i, spans.get(i), texts.get(i), vectors[i]));
        }
        List<TimeExpression> found = times == null ? List.of()
                : times.annotate(article.text(), anchor(article).orElse(null), lang);
        List<ArticleEntity> named = entities == null ? List.of() : entities.annotate(article.text(), lang);
        return new AnnotatedArticle(withLang, sentences, articleVector(sentences, hasTitle ? vectors[spans.size()] : null),
                found, named);
    }

    /**
     * The publication date in its own zone when the date carries an offset, else the day alone;
     * without one, the latest date the text gives with its weekday ({@link WeekdayDates}: a day of the
     * news, which the report is published on or after, so that a bare weekday is the such day nearest
     * to it: a caption's "Saturday, July 1, 2017" reads the report's "on Monday again lined up" as
     * July 3 and "as of Friday" as June 30, its "announced Wednesday" after "Tuesday, Feb. 6, 2018" as
     * Feb. 7), else none.
     */
    private static Optional<TimeAnchor> anchor(Article article) {
        String published = article.published();
        if (published == null) {
            return WeekdayDates.latest(article.text()).map(TimeAnchor::earliest);
        }
        return TimeAnchor.parse(published, null);
    }

    private float[] articleVector(List<Sentence> sentences, float[] title) {
        List<float[]> parts = new ArrayList<>();
        for (Sentence s : sentences) {
            parts.add(s.vector());
            if (s.index() < LEAD_SENTENCES) {
                parts.add(s.vector()); // the lead counts twice: it states the event
            }
        }
        if (title != null) {
            for (int i = 0; i < LEAD_SENTENCES; i++) {
                parts.add(title);
            }
        }
        return Vectors.meanUnit(parts, embedder.dimensions());
    }
}
