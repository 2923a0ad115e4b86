package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInputsTest {
    @TempDir
    Path dir;

    private static final String BODY = "The council approved the new budget on Friday after a debate that ran past midnight.";

    private Rejection only(FileInputs.Batch b) {
        assertThat(b.rejected()).hasSize(1);
        return b.rejected().get(0);
    }

    @Test
    void readsTextHtmlAndGzipInNameOrder() throws IOException {
        Files.writeString(dir.resolve("b.html"), "<html><body><p>" + BODY + "</p></body></html>");
        Files.writeString(dir.resolve("a.txt"), BODY);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.txt.gz")))) {
            out.write(BODY.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve(".hidden.txt"), BODY);
        FileInputs.Batch b = new FileInputs().read(List.of(dir));
        assertThat(b.rejected()).isEmpty();
        assertThat(b.articles()).extracting(RawArticle::format)
                .containsExactly(RawArticle.Format.TEXT, RawArticle.Format.HTML, RawArticle.Format.TEXT);
        assertThat(b.articles().get(2).content()).isEqualTo(BODY);
    }

    @Test
    void rejectsEmptyBinaryAndOversizedFilesWithReasons() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "  \n ");
        assertThat(only(new FileInputs().read(List.of(dir.resolve("empty.txt")))).reason()).isEqualTo("empty file");

        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        assertThat(only(new FileInputs().read(List.of(dir.resolve("image.txt")))).reason()).startsWith("binary file");

        Files.write(dir.resolve("big.txt"), new byte[2048]);
        assertThat(only(new FileInputs(1024).read(List.of(dir.resolve("big.txt")))).reason()).startsWith("file too large");
    }

    @Test
    void rejectsAGzipBombByItsUnpackedSize() throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.txt.gz")))) {
            out.write("a ".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(only(new FileInputs(1024).read(List.of(dir.resolve("bomb.txt.gz")))).reason()).startsWith("file too large");
    }

    @Test
    void decodesLegacyEncodingsWithoutMojibake() throws IOException {
        String french = "Le président a déclaré à la presse que la réforme des retraites serait présentée "
                + "à l'Assemblée dès la rentrée, malgré l'opposition des syndicats et d'une partie de sa majorité.";
        Files.write(dir.resolve("latin.txt"), french.getBytes(Charset.forName("windows-1252")));
        FileInputs.Batch b = new FileInputs().read(List.of(dir.resolve("latin.txt")));
        assertThat(b.rejected()).isEmpty();
        assertThat(b.articles().get(0).content()).isEqualTo(french);

        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + french + "</p></body></html>";
        Files.write(dir.resolve("latin.html"), page.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new FileInputs().read(List.of(dir.resolve("latin.html"))).articles().get(0).content()).contains(french);
    }

    @Test
    void honoursByteOrderMarks() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = BODY.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        Files.write(dir.resolve("bom.txt"), all);
        assertThat(new FileInputs().read(List.of(dir.resolve("bom.txt"))).articles().get(0).content()).isEqualTo(BODY);

        Files.write(dir.resolve("utf16.txt"), ("\uFEFF" + BODY).getBytes(StandardCharsets.UTF_16LE));
        assertThat(new FileInputs().read(List.of(dir.resolve("utf16.txt"))).articles().get(0).content()).isEqualTo(BODY);
    }

    @Test
    void reportsMissingPathsEmptyFoldersAndForeignFiles() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path mixed = Files.createDirectory(dir.resolve("mixed"));
        Files.writeString(mixed.resolve("notes.pdf"), "%PDF-1.4");
        FileInputs.Batch b = new FileInputs().read(List.of(dir.resolve("nope.txt"), empty, mixed));
        assertThat(b.articles()).isEmpty();
        assertThat(b.rejected()).extracting(Rejection::reason).containsExactly(
                "no such file or folder",
                "folder holds no article files (.txt, .html, .htm, .warc, .json, .jsonl, .ndjson, optionally .gz)",
                "not an article file: Parallax reads .txt, .html, .htm, .warc, .json, .jsonl, .ndjson, optionally .gz");
    }

    @Test
    void rejectsCorruptGzip() throws IOException {
        Files.write(dir.resolve("broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
        assertThat(only(new FileInputs().read(List.of(dir.resolve("broken.txt.gz")))).reason())
                .containsAnyOf("gzip", "truncated");
    }
}
