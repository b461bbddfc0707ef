package dev.upkeep.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInputTest {
    @TempDir
    Path root;

    @Test
    void decodesUtf8AndStripsTheBom() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '=', '1'};
        assertThat(FileInput.decode(bytes)).as("decode(UTF-8 with BOM)").isEqualTo("a=1");
    }

    @Test
    void decodesUtf16LittleEndianWithBom() {
        byte[] body = "flask==2.0\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(FileInput.decode(bytes)).as("decode(UTF-16LE)").isEqualTo("flask==2.0\n");
    }

    @Test
    void refusesBinaryContent() {
        assertThatThrownBy(() -> FileInput.decode(new byte[] {'{', 0, 1, 2}))
                .as("decode(binary)").isInstanceOf(FormatException.class).hasMessageContaining("binary");
    }

    @Test
    void opensNeighboursButNeverOutsideTheRoot() throws IOException {
        Files.createDirectories(root.resolve("app"));
        Files.writeString(root.resolve("app/requirements.txt"), "-r ../base.txt");
        Files.writeString(root.resolve("base.txt"), "flask");
        FileInput in = new FileInput(root.toRealPath(), "app/requirements.txt", 1 << 20);
        assertThat(in.open("../base.txt")).as("open(../base.txt)").get()
                .extracting(ExtractorInput::path).isEqualTo("base.txt");
        assertThat(in.open("../../etc/passwd")).as("open(above the root)").isEmpty();
        assertThat(in.open("/etc/passwd")).as("open(absolute)").isEmpty();
        assertThat(in.open("missing.txt")).as("open(missing)").isEmpty();
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        Files.writeString(root.resolve("big.txt"), "x".repeat(2048));
        FileInput in = new FileInput(root.toRealPath(), "big.txt", 1024);
        assertThatThrownBy(in::text).as("text(over limit)").isInstanceOf(FormatException.class).hasMessageContaining("limit");
    }
}
