package dev.upkeep.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Replays a JSON-lines conformance file of {@code kind}-tagged records: asks for our answer to
 * each, compares it with the peer's, counts per kind and renders the Markdown summary.
 */
final class RecordReplay {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, int[]> perKind = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Integer> failedLines = new ArrayList<>();
    private int total;

    /** Our answer and the peer's, both rendered as text; an exception counts as the answer "error: …". */
    static RecordReplay run(Path file, Function<JsonNode, String> answer, Function<JsonNode, String> expected) {
        RecordReplay replay = new RecordReplay();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                replay.check(i + 1, JSON.readTree(lines.get(i)), answer, expected);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the conformance records " + file, e);
        }
        return replay;
    }

    private void check(int line, JsonNode r, Function<JsonNode, String> answer, Function<JsonNode, String> expected) {
        total++;
        int[] n = perKind.computeIfAbsent(r.get("kind").asText(), k -> new int[2]);
        n[0]++;
        String got;
        try {
            got = answer.apply(r);
        } catch (RuntimeException e) {
            got = "error: " + e.getMessage();
        }
        String want = expected.apply(r);
        if (got.equals(want)) {
            n[1]++;
        } else {
            failedLines.add(line);
            failures.add("line " + line + " " + r + ": expected " + want + ", got " + got);
        }
    }

    List<Integer> failedLines() {
        return failedLines;
    }

    /** The summary: totals, a table per kind, then every failing record with our answer. */
    String markdown(String title) {
        int passed = perKind.values().stream().mapToInt(n -> n[1]).sum();
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n\nRecords: ").append(total)
                .append(", passed: ").append(passed).append(", failed: ").append(total - passed)
                .append("\n\n| kind | records | passed |\n|---|---|---|\n");
        perKind.forEach((k, n) -> sb.append("| ").append(k).append(" | ").append(n[0]).append(" | ").append(n[1])
                .append(" |\n"));
        sb.append("\n## Failures\n\n").append(failures.isEmpty() ? "None.\n" : "");
        failures.forEach(f -> sb.append("- ").append(f.replace("|", "\\|")).append('\n'));
        return sb.toString();
    }
}
