package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcInputsTest {
    @TempDir
    Path dir;

    static final Instant CAPTURED = Instant.parse("2024-03-05T07:08:09Z");

    /** Writes a news-archive-like WARC: warcinfo, then request/response/metadata per capture. */
    static Path writeArchive(Path file) throws IOException {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("test"))).build());
            capture(w, "https://news.example/a.html", response(TestPages.html("Alder", "Ferry line for Alder"), "utf-8", false));
            capture(w, "https://news.example/b.html", response(TestPages.html("Birch", "Ferry line for Birch"), "utf-8", true));
            capture(w, "https://news.example/logo.png", new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build());
            capture(w, "https://news.example/gone.html", new HttpResponse.Builder(404, "Not Found")
                    .body(MediaType.HTML, "<p>missing</p>".getBytes(StandardCharsets.UTF_8)).build());
            // windows-1252 bytes named only by the HTTP header
            byte[] latin = TestPages.html("Cedar", "Caf\u00e9 ferry").replace("<meta charset=\"utf-8\">", "")
                    .getBytes(java.nio.charset.Charset.forName("windows-1252"));
            capture(w, "https://news.example/c.html", new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=windows-1252"), latin).build());
        }
        return file;
    }

    private static HttpResponse response(String html, String charset, boolean gzip) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        HttpResponse.Builder b = new HttpResponse.Builder(200, "OK");
        if (gzip) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            bytes = out.toByteArray();
            b.addHeader("Content-Encoding", "gzip");
        }
        return b.body(MediaType.parse("text/html; charset=" + charset), bytes).build();
    }

    private static void capture(WarcWriter w, String url, HttpResponse http) throws IOException {
        URI uri = URI.create(url);
        w.write(new WarcRequest.Builder(uri).date(CAPTURED).body(new HttpRequest.Builder("GET", uri.getRawPath()).build()).build());
        w.write(new WarcResponse.Builder(uri).date(CAPTURED).body(http).build());
        w.write(new WarcMetadata.Builder().targetURI(uri).date(CAPTURED)
                .fields(Map.of("fetchTimeMs", List.of("12"))).build());
    }

    @Test
    void htmlResponsesBecomeArticlesAndEveryOtherRecordIsCounted() throws IOException {
        FileInputs.Batch b = new FileInputs().read(List.of(writeArchive(dir.resolve("CC-NEWS-20240305.warc.gz"))));

        assertThat(b.rejected()).isEmpty();
        assertThat(b.articles()).extracting(RawArticle::input).containsExactly(
                "https://news.example/a.html", "https://news.example/b.html", "https://news.example/c.html");
        assertThat(b.articles()).allSatisfy(a -> {
            assertThat(a.format()).isEqualTo(RawArticle.Format.HTML);
            assertThat(a.declared().captured()).isEqualTo("2024-03-05T07:08:09Z");
        });
        assertThat(b.articles().get(1).content()).contains("harbour authority of Birch"); // gzip undone
        assertThat(b.articles().get(2).content()).contains("Caf\u00e9 ferry"); // header charset used
        assertThat(b.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "WARC warcinfo record", 1,
                "WARC request record", 5,
                "WARC metadata record", 5,
                "WARC response that is not HTML", 1,
                "WARC response with HTTP status 4xx", 1));
    }

    @Test
    void aCorruptTailIsRejectedWithItsOffsetAfterTheRecordsBeforeIt() throws IOException {
        Path good = writeArchive(dir.resolve("good.warc"));
        byte[] bytes = Files.readAllBytes(good);
        byte[] damaged = new byte[bytes.length + 40];
        System.arraycopy(bytes, 0, damaged, 0, bytes.length);
        System.arraycopy("WARC/1.1\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0,
                damaged, bytes.length, 34);
        Path bad = Files.write(dir.resolve("bad.warc"), damaged);

        FileInputs.Batch b = new FileInputs().read(List.of(bad));
        assertThat(b.articles()).hasSize(3);
        assertThat(b.rejected()).extracting(Rejection::input).containsExactly(bad.toString());
        assertThat(b.rejected().get(0).reason()).startsWith("corrupt web archive at byte " + bytes.length);
    }

    @Test
    void anOversizePageIsRejectedWithItsUrl() throws IOException {
        Path file = writeArchive(dir.resolve("small-limit.warc.gz"));
        FileInputs.Batch b = new FileInputs(200).read(List.of(file));
        assertThat(b.articles()).isEmpty();
        assertThat(b.rejected()).extracting(Rejection::input).containsExactly(
                "https://news.example/a.html", "https://news.example/b.html", "https://news.example/c.html");
        assertThat(b.rejected()).allSatisfy(r -> assertThat(r.reason()).startsWith("page too large"));
    }
}
