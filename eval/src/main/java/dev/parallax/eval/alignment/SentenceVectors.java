package dev.parallax.eval.alignment;

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
 * The sentence embedder of the alignment evaluation: the bundled model, and with the system
 * property {@code parallax.eval.cache=DIR} (for iterating on the aligner only) a file of the
 * vectors already computed, keyed by sentence text, kept in that folder outside the project.
 */
final class SentenceVectors implements Embedder {
    static final String CACHE_PROPERTY = "parallax.eval.cache";
    private final Embedder inner;
    private final Path file;
    private final Map<String, float[]> known = new HashMap<>();

    private SentenceVectors(Embedder inner, Path file) {
        this.inner = inner;
        this.file = file;
    }

    static Embedder embedder() {
        String dir = System.getProperty(CACHE_PROPERTY);
        if (dir == null) {
            return NlpModels.embedder();
        }
        SentenceVectors v = new SentenceVectors(NlpModels.embedder(), Path.of(dir).resolve("alignment-sentences.bin"));
        v.load();
        return v;
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
