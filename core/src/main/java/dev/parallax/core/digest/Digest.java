package dev.parallax.core.digest;

import dev.parallax.core.article.Rejection;
import java.util.List;
import java.util.Objects;

/**
 * The output contract of {@code parallax digest}, documented by {@code docs/digest.schema.json}.
 * Field order here is the field order of {@code digest.json}.
 */
public record Digest(Generator generator, List<StoryView> stories, List<Rejection> rejected) {
    public Digest {
        Objects.requireNonNull(generator, "generator");
        stories = List.copyOf(stories);
        rejected = List.copyOf(rejected);
    }

    public int articleCount() {
        return stories.stream().mapToInt(s -> s.articles().size()).sum();
    }
}
