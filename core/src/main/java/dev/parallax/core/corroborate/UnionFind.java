package dev.parallax.core.corroborate;

/** Disjoint sets over 0…n-1 with path halving: the components of "these two belong together". */
final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    void union(int a, int b) {
        parent[find(a)] = find(b);
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
