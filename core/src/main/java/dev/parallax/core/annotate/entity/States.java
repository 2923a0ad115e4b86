package dev.parallax.core.annotate.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The table of states ({@code states.tsv}): each state's common name by any of its names
 * ("Russian Federation", "DPRK") and by its seats of government ("Pyongyang", "the Kremlin").
 * Names are compared by {@link NameForms#key}. Immutable and thread-safe.
 */
final class States {
    private static final States STANDARD = load();

    private final Map<String, String> byName;
    private final Map<String, String> bySeat;

    private States(Map<String, String> byName, Map<String, String> bySeat) {
        this.byName = Map.copyOf(byName);
        this.bySeat = Map.copyOf(bySeat);
    }

    static States standard() {
        return STANDARD;
    }

    /** The common name of the state this name names. */
    Optional<String> state(String name) {
        return Optional.ofNullable(byName.get(NameForms.key(name)));
    }

    /** The common name of the state whose seat of government this is. */
    Optional<String> seatOf(String name) {
        return Optional.ofNullable(bySeat.get(NameForms.key(name)));
    }

    private static States load() {
        String resource = "states.tsv";
        try (InputStream in = States.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, String> byName = new HashMap<>();
            Map<String, String> bySeat = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String common = f[0];
                byName.put(NameForms.key(common), common);
                for (String alias : f.length > 1 ? f[1].split("\\|") : new String[0]) {
                    if (!alias.isBlank()) {
                        byName.put(NameForms.key(alias), common);
                    }
                }
                for (String seat : f.length > 2 ? f[2].split("\\|") : new String[0]) {
                    if (!seat.isBlank()) {
                        bySeat.put(NameForms.key(seat), common);
                    }
                }
            }
            return new States(byName, bySeat);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
