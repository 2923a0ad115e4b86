package dev.parallax.bench;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.article.Article;
import dev.parallax.core.cluster.ArticleTerms;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A seeded stream of news articles' clustering features, as a news feed delivers them: stories open
 * at a steady rate, each with a heavy-tailed size (discrete Pareto, α = 1.6, at most 400 articles)
 * and a lifetime of days (exponential, mean 1.5 days, at most 12), its articles published at
 * uniform times within the lifetime and delivered in arrival order, 2% of them late by up to five
 * days. The first stories are the given real ones (their own vectors and terms); after them every
 * story is drawn:
 *
 * <ul>
 *   <li>vectors: unit 384-d, around a story centroid {@code unit(0.7·g + 0.5·topic + 0.6·r)} (g one
 *       shared direction, as sentence encoders give every text a common component; one of 60 topic
 *       directions; r the story's own), so unrelated stories sit near cosine 0.45 and stories of one
 *       topic near 0.65; each article is the centroid plus Gaussian noise whose scale is drawn per
 *       story so that article–centroid cosines spread over about 0.80–0.93;</li>
 *   <li>terms: keywords from a 200,000-word vocabulary and names from a 60,000-name one, both drawn
 *       Zipf-like (exponent 1.05); a story has 6–15 names and 20–50 topical keywords of its own,
 *       drawn from the rarer part of each vocabulary, and each article takes 60–80% of them plus 40–120
 *       general keywords and 2–10 general names, with sublinear term frequencies as the extractor
 *       gives them; its lead names are the story's own names it took (the lead states the event);</li>
 *   <li>days: {@code articlesPerDay} articles a day on average, from day 20,000 (2024-10-04).</li>
 * </ul>
 *
 * Stories keep opening until {@code total} articles are out, so the stream has no end effect. The
 * same seed gives the same stream. Only the stories open at a time are held in memory.
 */
public final class GeneratedStream implements Iterator<GeneratedStream.Arrival> {
    static final int DIMENSIONS = 384;
    private static final int KEYWORDS = 200_000;
    private static final int NAMES = 60_000;
    private static final int TOPICS = 60;
    private static final long FIRST_DAY = 20_000;

    /** One arriving article with its precomputed features and the story it was drawn for. */
    public record Arrival(AnnotatedArticle article, ArticleTerms terms, long story) {}

    /** A real article with its real vector and terms (undated), grouped in its real story. */
    public record RealArticle(AnnotatedArticle article, ArticleTerms terms) {}

    private final Random random;
    private final int total;
    private final double articlesPerDay;
    private final Deque<List<RealArticle>> real;
    private final float[] shared;
    private final float[][] topics;
    private final String[] keywordNames;
    private final String[] entityNames;
    private final double[] keywordCdf;
    private final double[] nameCdf;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>();
    private final Map<Long, Story> open = new HashMap<>();
    private double clock;
    private long nextStory;
    private int emitted;

    public GeneratedStream(long seed, int total, double articlesPerDay, List<List<RealArticle>> realStories) {
        this.random = new Random(seed);
        this.total = total;
        this.articlesPerDay = articlesPerDay;
        this.real = new ArrayDeque<>(realStories);
        this.shared = gaussianUnit();
        this.topics = new float[TOPICS][];
        for (int i = 0; i < TOPICS; i++) {
            topics[i] = gaussianUnit();
        }
        this.keywordNames = names("k", KEYWORDS);
        this.entityNames = names("E", NAMES);
        this.keywordCdf = zipf(KEYWORDS, 1.05);
        this.nameCdf = zipf(NAMES, 1.05);
    }

    @Override
    public boolean hasNext() {
        return emitted < total;
    }

    @Override
    public Arrival next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        // open stories until the next arrival is due before the next story would open
        while (pending.isEmpty() || pending.peek().arrival > clock) {
            openStory();
        }
        Pending p = pending.poll();
        Story s = open.get(p.story);
        Arrival a = s.emit(p);
        if (--s.remaining == 0) {
            open.remove(p.story);
        }
        emitted++;
        return a;
    }

    private void openStory() {
        List<RealArticle> given = real.pollFirst();
        int size = given != null ? given.size() : Math.min(400, (int) Math.floor(Math.pow(1 - random.nextDouble(), -1 / 1.6)));
        double life = Math.min(12, -1.5 * Math.log(1 - random.nextDouble()));
        Story s = given != null ? new Story(nextStory, given) : drawStory(nextStory);
        open.put(nextStory, s);
        s.remaining = size;
        for (int i = 0; i < size; i++) {
            double published = clock + random.nextDouble() * life;
            double delay = random.nextDouble() < 0.02 ? random.nextDouble() * 5 : random.nextDouble() * 0.05;
            pending.add(new Pending(published + delay, published, nextStory, i));
        }
        nextStory++;
        clock += size / articlesPerDay;
    }

    private Story drawStory(long id) {
        float[] r = gaussianUnit();
        float[] topic = topics[random.nextInt(TOPICS)];
        float[] centroid = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            centroid[i] = 0.7f * shared[i] + 0.5f * topic[i] + 0.6f * r[i];
        }
        Story s = new Story(id, null);
        s.centroid = unit(centroid);
        // per-dimension noise σ with cos(article, centroid) ≈ 1 / sqrt(1 + 384 σ²): 0.93 … 0.80
        s.noise = 0.020 + random.nextDouble() * 0.018;
        s.names = draw(nameCdf, entityNames, 6 + random.nextInt(10), 50);
        s.keywords = draw(keywordCdf, keywordNames, 20 + random.nextInt(31), 500);
        return s;
    }

    /** Distinct terms drawn Zipf-like from the vocabulary past its {@code skip} commonest entries. */
    private String[] draw(double[] cdf, String[] vocabulary, int n, int skip) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            int k;
            do {
                k = sample(cdf);
            } while (k < skip);
            out[i] = vocabulary[k];
        }
        return out;
    }

    private final class Story {
        final long id;
        final List<RealArticle> given;
        float[] centroid;
        double noise;
        String[] names;
        String[] keywords;
        int remaining;

        Story(long id, List<RealArticle> given) {
            this.id = id;
            this.given = given;
        }

        Arrival emit(Pending p) {
            long day = FIRST_DAY + (long) Math.floor(p.published);
            String published = java.time.LocalDate.ofEpochDay(day).toString();
            String articleId = String.format(Locale.ROOT, "g%d-%d", id, p.index);
            if (given != null) {
                RealArticle r = given.get(p.index);
                Article a = r.article().article();
                Article dated = new Article(a.id() + "@" + articleId, a.input(), a.title(), a.outlet(), a.agency(),
                        a.byline(), a.dateline(), published, a.language(), a.text());
                return new Arrival(new AnnotatedArticle(dated, List.of(), r.article().vector()),
                        new ArticleTerms(r.terms().entities(), r.terms().lead(), r.terms().keywords(), day), id);
            }
            float[] v = new float[DIMENSIONS];
            for (int i = 0; i < DIMENSIONS; i++) {
                v[i] = centroid[i] + (float) (random.nextGaussian() * noise);
            }
            Map<String, Double> ents = new HashMap<>();
            Map<String, Double> kws = new HashMap<>();
            pick(names, 0.6 + random.nextDouble() * 0.2, ents);
            Map<String, Double> lead = new HashMap<>(ents);
            pick(keywords, 0.6 + random.nextDouble() * 0.2, kws);
            int general = 40 + random.nextInt(81);
            for (int i = 0; i < general; i++) {
                kws.merge(keywordNames[sample(keywordCdf)], 1.0, Double::sum);
            }
            int names = 2 + random.nextInt(9);
            for (int i = 0; i < names; i++) {
                ents.merge(entityNames[sample(nameCdf)], 1.0, Double::sum);
            }
            Article a = new Article(articleId, articleId, null, null, null, null, null, published, "en", "");
            return new Arrival(new AnnotatedArticle(a, List.of(), unit(v)),
                    new ArticleTerms(sublinear(ents), sublinear(lead), sublinear(kws), day), id);
        }

        private void pick(String[] terms, double share, Map<String, Double> into) {
            for (String t : terms) {
                if (random.nextDouble() < share) {
                    // term counts of a topical word in one article: geometric, mean about 2.5
                    int count = 1;
                    while (random.nextDouble() < 0.6 && count < 20) {
                        count++;
                    }
                    into.merge(t, (double) count, Double::sum);
                }
            }
        }
    }

    private record Pending(double arrival, double published, long story, int index) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = Double.compare(arrival, o.arrival);
            if (c != 0) {
                return c;
            }
            c = Long.compare(story, o.story);
            return c != 0 ? c : Integer.compare(index, o.index);
        }
    }

    private static Map<String, Double> sublinear(Map<String, Double> counts) {
        Map<String, Double> out = new HashMap<>(counts.size() * 2);
        counts.forEach((k, v) -> out.put(k, 1 + Math.log(v)));
        return out;
    }

    private int sample(double[] cdf) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
    }

    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, s);
            cdf[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }

    private static String[] names(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + i;
        }
        return out;
    }

    private float[] gaussianUnit() {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return unit(v);
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += (double) x * x;
        }
        float inv = (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
