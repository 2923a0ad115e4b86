package dev.parallax.eval.summary;

import dev.parallax.core.annotate.Embedder;
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

/** For tuning runs only: an embedder that keeps every vector in a file outside the repository. */
final class CachingEmbedder implements Embedder {
    private final Embedder inner;
    private final Path file;
    private final Map<String, float[]> cache = new HashMap<>();

    CachingEmbedder(Embedder inner, Path file) throws IOException {
        this.inner = inner;
        this.file = file;
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String t = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    cache.put(t, v);
                }
            }
        }
    }

    @Override
    public synchronized float[][] embed(List<String> texts) {
        List<String> missing = new ArrayList<>();
        texts.stream().filter(t -> !cache.containsKey(t)).distinct().forEach(missing::add);
        if (!missing.isEmpty()) {
            float[][] v = inner.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), v[i]);
            }
        }
        return texts.stream().map(cache::get).toArray(float[][]::new);
    }

    @Override
    public int dimensions() {
        return inner.dimensions();
    }

    void save() {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(cache.size());
            for (Map.Entry<String, float[]> e : cache.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
