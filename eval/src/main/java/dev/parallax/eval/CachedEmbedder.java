package dev.parallax.eval;

import dev.parallax.core.annotate.Embedder;
import dev.parallax.nlp.NlpModels;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedder that keeps the vectors it computed in a file, keyed by text, for iterating on a
 * stage without embedding the same sentences again. The file lies outside the project; the
 * evaluations use it only when asked with the system property {@code parallax.eval.cache=DIR}.
 */
public final class CachedEmbedder implements Embedder {
    static final String CACHE_PROPERTY = "parallax.eval.cache";
    private final Embedder inner;
    private final Path file;
    private final Map<String, float[]> known = new HashMap<>();

    private CachedEmbedder(Embedder inner, Path file) {
        this.inner = inner;
        this.file = file;
    }

    /** The bundled model, its vectors cached in {@code file} (read now when it exists). */
    public static CachedEmbedder of(Embedder inner, Path file) {
        CachedEmbedder v = new CachedEmbedder(inner, file);
        v.load();
        return v;
    }

    /** The bundled model; cached in {@code DIR/fileName} when {@code parallax.eval.cache=DIR} is set. */
    public static Embedder fromProperty(String fileName) {
        String dir = System.getProperty(CACHE_PROPERTY);
        return dir == null ? NlpModels.embedder() : of(NlpModels.embedder(), Path.of(dir).resolve(fileName));
    }

    @Override
    public synchronized float[][] embed(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !known.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            float[][] v = inner.embed(missing);
            for (int i = 0; i < v.length; i++) {
                known.put(missing.get(i), v[i]);
            }
            save();
        }
        return texts.stream().map(known::get).toArray(float[][]::new);
    }

    @Override
    public int dimensions() {
        return inner.dimensions();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String t = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                known.put(t, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vector cache " + file, e);
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                List<Map.Entry<String, float[]>> entries = new ArrayList<>(known.entrySet());
                out.writeInt(entries.size());
                for (Map.Entry<String, float[]> e : entries) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector cache " + file, e);
        }
    }
}
