package dev.parallax.core.annotate.attribution;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Cue strings whose attributions are mostly false: counted on PolNeAR train (how often a
 * prediction with that cue overlaps a gold content), those seen often with a low precision are
 * listed in {@code weak-cues.tsv} ("spoke", "campaigned", a noun such as "votes" read as a verb).
 * An attribution whose cue is one of them is dropped, unless "that" follows the cue. The list is data, written by the eval test
 * tool {@code CueTaggerTraining TRAIN weak …}, never by hand. Immutable and thread-safe.
 */
public final class WeakCues {
    private static final WeakCues NONE = new WeakCues(Set.of());

    private final Set<String> cues;

    private WeakCues(Set<String> cues) {
        this.cues = Set.copyOf(cues);
    }

    /** No cue is weak. */
    public static WeakCues none() {
        return NONE;
    }

    /** The given cue strings, as {@link #key} writes them. */
    public static WeakCues of(Set<String> cues) {
        return new WeakCues(cues);
    }

    /** The bundled list, {@code weak-cues.tsv}. */
    public static WeakCues standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final WeakCues STANDARD = load();
    }

    /** The cue string of an attribution: its cue's text in lower case, spaces collapsed ("has said"). */
    public static String key(String text, Attribution a) {
        return a.cue().of(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the attribution's cue string is weak and nothing stronger vouches for it: a cue followed
     * by "that" ("a report states that C") is a verb with a complement clause, kept whatever its string.
     */
    public boolean isWeak(String text, Attribution a) {
        return !cues.isEmpty() && cues.contains(key(text, a)) && !THAT.matcher(text).region(a.cue().end(), text.length()).lookingAt();
    }

    private static final java.util.regex.Pattern THAT = java.util.regex.Pattern.compile("\\s+that\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** How many cue strings are listed. */
    public int size() {
        return cues.size();
    }

    private static WeakCues load() {
        Set<String> out = new HashSet<>();
        for (String[] row : DataRows.of("weak-cues.tsv")) {
            out.add(row[0]);
        }
        return new WeakCues(out);
    }
}
