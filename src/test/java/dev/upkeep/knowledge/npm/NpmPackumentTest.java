package dev.upkeep.knowledge.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpmPackumentTest {
    static byte[] recorded(String file) throws Exception {
        return Files.readAllBytes(Path.of(NpmPackumentTest.class.getResource(file).toURI()));
    }

    /** Hands out at most seven bytes a read, as a network stream may: tokens split across reads. */
    static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"eslint-plugin-prettier.json", "types-dotenv.json", "left-pad.json"})
    void aStreamedPackumentReadsAsTheWholeDocumentDoes(String file) throws Exception {
        byte[] body = recorded(file);
        NpmPackument whole = NpmPackument.read(body);
        NpmPackument streamed = NpmPackument.read(trickle(body));
        assertThat(streamed).as("read(stream of %s)", file).isEqualTo(whole);
        assertThat(streamed.releases()).as("releases of %s", file).isEqualTo(whole.releases()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eslint-plugin-prettier.json", "types-dotenv.json", "left-pad.json"})
    void theDigestKeepsEverythingTheReleasesAreMadeOf(String file) throws Exception {
        NpmPackument read = PackumentDigest.INSTANCE.read(trickle(recorded(file)));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            PackumentDigest.INSTANCE.write(read, out);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(buf.toByteArray()));
        NpmPackument back = PackumentDigest.INSTANCE.readCached(in);
        assertThat(back).as("readCached(write(%s))", file).isEqualTo(read);
        assertThat(back.releases()).isEqualTo(read.releases());
        assertThat(in.read()).as("bytes left after reading %s back", file).isEqualTo(-1);
        assertThat(buf.size()).as("digest size of %s", file).isLessThan(recorded(file).length / 3);
    }

    @Test
    void theDigestKeepsNullsUnknownTimesAndAnUnpublishedPackage() throws Exception {
        NpmPackument odd = NpmPackument.read("""
                {"name":"odd","versions":{"1.0.0":{"deprecated":"use even","engines":{"node":">=8"}},"1.0.1":{"engines":{"node":">=8"}}},
                 "time":{"1.0.0":"not a date","1.0.1":"2020-01-01T00:00:00.000Z","unpublished":{"time":"2021-01-01T00:00:00.000Z"}}}"""
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PackumentDigest.INSTANCE.write(odd, new DataOutputStream(buf));
        NpmPackument back = PackumentDigest.INSTANCE.readCached(new DataInputStream(new ByteArrayInputStream(buf.toByteArray())));
        assertThat(back).isEqualTo(odd);
        assertThat(back.unpublished()).isTrue();
        assertThat(back.times()).containsEntry("1.0.0", null);
        assertThat(back.distTags()).isEmpty();
    }

    @Test
    void aDigestOfAnotherShapeIsRefused() {
        byte[] junk = {0, 0, 0, 2, 0, 0, 0, 1, 'a', 0, 0, 0, 1, 'b', 0, 0, 0, 0, 0, 0, 0, 9};
        assertThatThrownBy(() -> PackumentDigest.INSTANCE.readCached(new DataInputStream(new ByteArrayInputStream(junk))))
                .as("a string ref outside the table").isInstanceOf(IOException.class);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedSayingSo() {
        assertThatThrownBy(() -> PackumentDigest.INSTANCE.read(new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageStartingWith("not valid JSON");
    }

    /** Jackson refuses to build strings over 20 MB; a streamed packument never builds the readme at all. */
    @Test
    void aReadmeLargerThanJacksonsStringLimitIsSkippedNotBuilt() throws Exception {
        StringBuilder sb = new StringBuilder("{\"name\":\"big\",\"readme\":\"").append("x".repeat(21_000_000)).append("\",\"versions\":{");
        for (int i = 0; i < 2000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"1.0.").append(i).append("\":{\"readme\":\"").append("y".repeat(1000))
                    .append("\",\"engines\":{\"node\":\">=18\"},\"dependencies\":{\"a\":\"1\"}}");
        }
        sb.append("},\"time\":{\"1.0.1\":\"2024-01-01T00:00:00.000Z\"}}");
        NpmPackument p = NpmPackument.read(sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(p.versions()).hasSize(2000);
        assertThat(p.versions().get(1).engines()).containsEntry("node", ">=18");
        assertThat(p.times()).containsOnlyKeys("1.0.1");
    }

    @Test
    void aCutOffDocumentIsAnErrorNotAShorterHistory() {
        assertThatThrownBy(() -> NpmPackument.read("{\"name\":\"x\",\"versions\":{\"1.0.0\":{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> NpmPackument.read("[1,2]".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
    }
}
