package dev.parallax.core.annotate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An {@link Embedder} that remembers the vectors of the last texts it embedded, so that a wire
 * story's copies, resold by outlet after outlet, cost their sentences once. Sentence embeddings
 * are most of the annotate stage's time, and copies share most of their sentences word for word.
 *
 * <p>The delegate must give a text the same vector whatever it is embedded with (the bundled
 * model runs each text alone), so a remembered vector is the one the delegate would give again.
 * Texts are remembered by exact equality, the least recently used forgotten first; callers get
 * copies, never the remembered arrays. Thread-safe.
 */
public final class RememberingEmbedder implements Embedder {
    private final Embedder delegate;
    private final Map<String, float[]> recent;

    /**
     * @param delegate the embedder that computes what is not remembered
     * @param capacity how many texts to remember (a vector of 384 floats and its text take about 2 KB)
     */
    public RememberingEmbedder(Embedder delegate, int capacity) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        Set<String> missing = new LinkedHashSet<>();
        synchronized (recent) {
            for (int i = 0; i < texts.size(); i++) {
                float[] known = recent.get(texts.get(i));
                if (known != null) {
                    out[i] = known.clone();
                } else {
                    missing.add(texts.get(i));
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<String> asked = List.copyOf(missing);
        float[][] computed = delegate.embed(asked);
        Map<String, float[]> fresh = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            fresh.put(asked.get(i), computed[i]);
        }
        synchronized (recent) {
            recent.putAll(fresh);
        }
        for (int i = 0; i < texts.size(); i++) {
            if (out[i] == null) {
                out[i] = fresh.get(texts.get(i)).clone();
            }
        }
        return out;
    }

    @Override
    public int dimensions() {
        return delegate.dimensions();
    }
}
