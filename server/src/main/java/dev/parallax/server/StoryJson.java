package dev.parallax.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.core.digest.StoryView;
import java.io.UncheckedIOException;

/**
 * The JSON of the server: story views as the digest writes them (record component order, nulls
 * written), so that every field a stage adds to {@link StoryView} reaches the API unchanged.
 * Unknown fields are ignored on reading, so a store written by a newer build still reads.
 */
final class StoryJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .build();

    private StoryJson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    static StoryView read(String json) {
        try {
            return MAPPER.readValue(json, StoryView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored story view is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
