package dev.upkeep.knowledge.pypi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A distribution's core metadata file (the {@code METADATA} of a wheel, served by simple indexes as
 * {@code <file>.metadata}, PEP 658): email-style headers up to the first blank line. Only the two
 * headers upkeep needs are read.
 */
record CoreMetadata(List<String> requiresDist, String requiresPython) {
    static CoreMetadata read(String text) {
        List<String> requiresDist = new ArrayList<>();
        String requiresPython = null;
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : (text + "\n\n").split("\\R", -1)) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation && name != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (name != null) {
                String v = value.toString().strip();
                if (name.equals("requires-dist")) {
                    requiresDist.add(v);
                } else if (name.equals("requires-python") && !v.isEmpty()) {
                    requiresPython = v;
                }
                name = null;
            }
            if (line.isEmpty()) {
                break; // the body (the long description) starts here
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                value = new StringBuilder(line.substring(colon + 1));
            }
        }
        return new CoreMetadata(requiresDist, requiresPython);
    }
}
