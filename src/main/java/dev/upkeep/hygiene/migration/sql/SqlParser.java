package dev.upkeep.hygiene.migration.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads PostgreSQL migration SQL into statements with their lines. */
public final class SqlParser {
    private static final int TEXT_LIMIT = 160;
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private SqlParser() {}

    /**
     * The statements of {@code sql}, whose first line is line {@code firstLine} of its file.
     *
     * @throws dev.upkeep.inventory.FormatException for an unterminated string, quoted identifier,
     *     dollar-quoted body or comment, with the line it starts on
     */
    public static List<Statement> parse(String sql, int firstLine) {
        List<Statement> statements = new ArrayList<>();
        for (List<Token> tokens : SqlSplitter.split(SqlLexer.lex(sql, firstLine))) {
            statements.add(new Statement(tokens.get(0).line(), DdlParser.parse(tokens), text(sql, tokens)));
        }
        return statements;
    }

    public static List<Statement> parse(String sql) {
        return parse(sql, 1);
    }

    /** The statement as written, blanks collapsed. */
    private static String text(String sql, List<Token> tokens) {
        String text = BLANKS.matcher(sql.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end())).replaceAll(" ");
        return text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT - 1) + "…";
    }
}
