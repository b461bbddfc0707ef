package dev.upkeep.hygiene;

import dev.upkeep.config.Glob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code upkeep-ignore} comments of one file: {@code # upkeep-ignore <rule-id>[, <rule-id>]: <reason>}
 * after {@code #}, {@code //}, {@code --}, {@code /*} or {@code <!--}. A comment covers findings on
 * its own line and on the next line; one in the file's header (before the first line that is not a
 * comment or blank) also covers findings about the whole file (line 0). Text that names something
 * other than rule ids ({@code <rule-id>}) is prose about the syntax, not a comment to honour or report.
 */
final class InlineIgnores {
    private static final Pattern MARKER = Pattern.compile("(?:#|//|--|/\\*|<!--)\\s*upkeep-ignore(?=[\\s:,]|$)(.*)$");
    private static final Pattern RULE_GLOB = Pattern.compile("[a-z0-9*?][a-z0-9*?/-]*");
    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*(?:#|//|--|/\\*|\\*|<!--)");

    /**
     * One comment.
     *
     * @param ids the rule ids (globs allowed) it names; may be empty when written wrong
     * @param reason why, or blank when missing (such a comment suppresses nothing)
     * @param header whether it sits in the file's header
     */
    record Comment(int line, List<String> ids, String reason, boolean header) {
        Comment {
            ids = List.copyOf(ids);
        }

        boolean valid() {
            return !ids.isEmpty() && !reason.isBlank();
        }

        boolean covers(String ruleId, int findingLine) {
            if (!valid()) {
                return false;
            }
            boolean place = findingLine == 0 ? header : findingLine == line || findingLine == line + 1;
            return place && ids.stream().anyMatch(id -> Glob.of(id).matches(ruleId));
        }
    }

    private InlineIgnores() {}

    static List<Comment> parse(String text) {
        if (!text.contains("upkeep-ignore")) {
            return List.of();
        }
        List<Comment> comments = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (header && !line.isBlank() && !COMMENT_LINE.matcher(line).find()) {
                header = false;
            }
            Matcher m = MARKER.matcher(line);
            Comment c = m.find() ? comment(i + 1, m.group(1), header) : null;
            if (c != null) {
                comments.add(c);
            }
        }
        return comments;
    }

    private static Comment comment(int line, String rest, boolean header) {
        String body = rest.replaceFirst("\\s*(\\*/|-->)\\s*$", "");
        int colon = body.indexOf(':');
        String ids = colon < 0 ? body : body.substring(0, colon);
        String reason = colon < 0 ? "" : body.substring(colon + 1).strip();
        List<String> idList = Arrays.stream(ids.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
        if (idList.stream().anyMatch(id -> !RULE_GLOB.matcher(id).matches())) {
            return null; // prose about the syntax ("upkeep-ignore <rule-id>: …"), not a suppression
        }
        return new Comment(line, idList, reason, header);
    }
}
