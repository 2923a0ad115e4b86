package dev.parallax.core.digest;

import java.util.List;

/** A person, organisation or place named in a story, with its variant names and the articles naming it. */
public record Entity(String name, String type, List<String> aliases, List<String> sources) {
    public Entity {
        aliases = List.copyOf(aliases);
        sources = List.copyOf(sources);
    }
}
