package dev.parallax.eval.dates;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the htmldate evaluation set: its address, its gzipped file below {@code test_set/}
 * and its gold publication day ({@code yyyy-mm-dd}), null for the pages the set marks as having
 * none ({@code NaN}).
 */
record DateGold(String url, Path file, String date) {

    /** The pages of {@code eval_mediacloud_2020.json} (url → {file, date}) in the file's order. */
    static List<DateGold> read(Path folder) throws IOException {
        JsonNode root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(folder.resolve("eval_mediacloud_2020.json").toFile());
        List<DateGold> pages = new ArrayList<>();
        root.properties().forEach(e -> pages.add(new DateGold(e.getKey(),
                folder.resolve("test_set").resolve(e.getValue().get("file").asText() + ".gz"),
                e.getValue().get("date").isTextual() ? e.getValue().get("date").asText() : null)));
        return pages;
    }
}
