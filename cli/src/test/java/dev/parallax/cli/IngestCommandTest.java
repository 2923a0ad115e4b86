package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void ingestsIntoTheStoreOnceAndRefusesAStoreInUse() {
        String seeds = DigestEndToEndTest.SEEDS.toString();
        DigestEndToEndTest.Run first = DigestEndToEndTest.run("ingest", seeds, "--data", tmp.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Stored 5 new articles", "0 already there", "The store holds 5 articles.");

        DigestEndToEndTest.Run again = DigestEndToEndTest.run("ingest", seeds, "--data", tmp.toString());
        assertThat(again.out()).contains("Stored 0 new articles", "5 already there", "The store holds 5 articles.");

        try (Store held = Store.open(tmp, Clock.systemUTC())) {
            DigestEndToEndTest.Run busy = DigestEndToEndTest.run("ingest", seeds, "--data", tmp.toString());
            assertThat(busy.exit()).isEqualTo(2);
            assertThat(busy.err()).contains("another Parallax process is using the store");
            assertThat(held.articleCount()).isEqualTo(5);
        }
    }
}
