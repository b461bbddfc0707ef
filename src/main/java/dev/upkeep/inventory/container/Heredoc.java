package dev.upkeep.inventory.container;

import static java.util.Objects.requireNonNull;

/**
 * A here-document of RUN, COPY or ADD ({@code <<EOF}).
 *
 * @param delimiter the word that ends it, quotes removed
 * @param stripTabs {@code <<-EOF}: leading tabs are removed from the body and the terminator
 * @param quoted {@code <<"EOF"} or {@code <<'EOF'}: the body is not expanded
 * @param body the lines between the instruction and the terminator, each ending in a newline
 * @param line the 1-based line of the first body line
 */
public record Heredoc(String delimiter, boolean stripTabs, boolean quoted, String body, int line) {
    public Heredoc {
        requireNonNull(delimiter, "delimiter is null");
        requireNonNull(body, "body is null");
    }
}
