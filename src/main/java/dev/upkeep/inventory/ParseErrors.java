package dev.upkeep.inventory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a parser's exception into one line and a line number: Jackson (JSON and TOML) and
 * SnakeYAML both know where they stopped; the message keeps what went wrong, not the parser's
 * internals.
 */
final class ParseErrors {
    record Located(int line, String message) {}

    private ParseErrors() {}

    static Located locate(Exception e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof FormatException f) {
                return new Located(f.line(), f.getMessage());
            }
            if (t instanceof JsonProcessingException j) {
                JsonLocation loc = j.getLocation();
                return new Located(loc == null ? 0 : Math.max(0, loc.getLineNr()), "malformed: " + j.getOriginalMessage());
            }
            if (t instanceof MarkedYAMLException y) {
                Mark m = y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
                String what = y.getProblem() != null ? y.getProblem() : y.getMessage();
                return new Located(m == null ? 0 : m.getLine() + 1, "malformed YAML: " + what);
            }
            if (t instanceof org.yaml.snakeyaml.error.YAMLException y) {
                return new Located(0, "malformed YAML: " + y.getMessage());
            }
            t = t.getCause();
        }
        return new Located(0, "internal error while reading (a bug in upkeep, please report it): " + e);
    }
}
