package dev.parallax.core.annotate;

/** Hand-made unit vectors for stage tests: a direction plus a little of another. */
public final class TestVectors {
    private TestVectors() {}

    /** A unit vector in {@code dims} dimensions mostly along axis {@code main}, tilted by {@code tilt} toward axis {@code other}. */
    public static float[] along(int dims, int main, int other, float tilt) {
        float[] v = new float[dims];
        v[main] = 1f;
        v[other] += tilt;
        return Vectors.unit(v);
    }
}
