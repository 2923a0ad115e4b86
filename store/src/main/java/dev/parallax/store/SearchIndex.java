package dev.parallax.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text (BM25 over title and body) and semantic (HNSW over unit vectors, dot product) search
 * of articles and stories, in Lucene beside the SQLite database. The index is derived data: it is
 * rebuilt from the store when it is missing or behind ({@link #documents}); updates are visible to
 * searches at once (near-real-time) and committed every {@value #COMMIT_EVERY} changes and on
 * close. Results of the two rankings are fused by reciprocal rank (Cormack et al., SIGIR 2009,
 * k = 60). Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
    private static final int COMMIT_EVERY = 200;
    private static final int RRF_K = 60;

    private final Analyzer analyzer = new StandardAnalyzer();
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private int uncommitted;

    private SearchIndex(FSDirectory dir, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens or creates the index in {@code folder} (the store's {@code index} folder). */
    public static SearchIndex open(Path folder) {
        try {
            FSDirectory dir = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new SearchIndex(dir, new IndexWriter(dir, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** Adds or replaces one article or story; {@code vector} (unit length) may be null. */
    public void put(String kind, String id, String title, String body, float[] vector) {
        try {
            writer.updateDocument(new Term("key", kind + ":" + id), document(kind, id, title, body, vector));
            searchers.maybeRefresh();
            synchronized (this) {
                if (++uncommitted >= COMMIT_EVERY) {
                    writer.commit();
                    uncommitted = 0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + kind + " " + id, e);
        }
    }

    /** One document to index: an article or a story ({@code kind}), its words and its unit vector (or null). */
    public record Entry(String kind, String id, String title, String body, float[] vector) {}

    /** Adds or replaces many documents (bulk loading): searchable and committed when it returns. */
    public void putAll(List<Entry> entries) {
        try {
            for (Entry e : entries) {
                writer.updateDocument(new Term("key", e.kind() + ":" + e.id()),
                        document(e.kind(), e.id(), e.title(), e.body(), e.vector()));
            }
            searchers.maybeRefresh();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index a batch of " + entries.size() + " documents", e);
        }
    }

    private static Document document(String kind, String id, String title, String body, float[] vector) {
        Document d = new Document();
        d.add(new StringField("key", kind + ":" + id, Field.Store.NO));
        d.add(new StringField("kind", kind, Field.Store.YES));
        d.add(new StoredField("id", id));
        if (title != null) {
            d.add(new StoredField("title_stored", title));
            d.add(new TextField("title", title, Field.Store.NO));
        }
        d.add(new TextField("body", body == null ? "" : body, Field.Store.NO));
        if (vector != null) {
            d.add(new KnnFloatVectorField("vec", vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return d;
    }

    /** How many documents of the kind the index holds. */
    public int documents(String kind) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.count(new TermQuery(new Term("kind", kind)));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the search index", e);
        }
    }

    /**
     * The best {@code k} documents of the kind for the text query and, when given, its vector;
     * fused by reciprocal rank. A query with no indexable words and no vector finds nothing.
     */
    public List<SearchHit> search(String kind, String text, float[] vector, int k) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                Map<Integer, Double> fused = new HashMap<>();
                Query kindFilter = new TermQuery(new Term("kind", kind));
                Query words = words(text);
                if (words != null) {
                    Query q = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                            .add(kindFilter, BooleanClause.Occur.FILTER).build();
                    fuse(fused, s.search(q, k * 2).scoreDocs);
                }
                if (vector != null) {
                    fuse(fused, s.search(new KnnFloatVectorQuery("vec", vector, k * 2, kindFilter), k * 2).scoreDocs);
                }
                List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(fused.entrySet());
                ranked.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()));
                List<SearchHit> out = new ArrayList<>();
                var stored = s.storedFields();
                for (var e : ranked.subList(0, Math.min(k, ranked.size()))) {
                    Document d = stored.document(e.getKey());
                    out.add(new SearchHit(d.get("kind"), d.get("id"), d.get("title_stored"), e.getValue()));
                }
                return out;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private static void fuse(Map<Integer, Double> fused, ScoreDoc[] ranking) {
        for (int r = 0; r < ranking.length; r++) {
            fused.merge(ranking[r].doc, 1.0 / (RRF_K + r + 1), Double::sum);
        }
    }

    /** Any of the query's analysed words in the title (weighted twice) or body; null when it has none. */
    private Query words(String text) throws IOException {
        if (text == null) {
            return null;
        }
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < 32) {
                terms.add(term.toString());
            }
            ts.end();
        }
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new BoostQuery(new TermQuery(new Term("title", t)), 2f), BooleanClause.Occur.SHOULD);
            b.add(new TermQuery(new Term("body", t)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** Makes every change so far durable. */
    public synchronized void commit() {
        try {
            writer.commit();
            uncommitted = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    @Override
    public void close() {
        try {
            commit();
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
