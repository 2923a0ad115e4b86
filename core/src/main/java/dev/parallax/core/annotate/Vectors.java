package dev.parallax.core.annotate;

import java.util.List;

/** Small dense-vector arithmetic over {@code float[]}; vectors are never modified in place. */
public final class Vectors {
    private Vectors() {}

    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimension mismatch " + a.length + " vs " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return (float) s;
    }

    /** The unit-length mean of the given vectors; a zero vector when the list is empty. */
    public static float[] meanUnit(List<float[]> vectors, int dimensions) {
        float[] sum = new float[dimensions];
        for (float[] v : vectors) {
            for (int i = 0; i < dimensions; i++) {
                sum[i] += v[i];
            }
        }
        return unit(sum);
    }

    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        float[] out = v.clone();
        if (norm == 0) {
            return out;
        }
        float inv = (float) (1.0 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
        return out;
    }
}
