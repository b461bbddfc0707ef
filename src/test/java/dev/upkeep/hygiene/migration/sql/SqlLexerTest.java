package dev.upkeep.hygiene.migration.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.hygiene.migration.sql.Token.Type;
import dev.upkeep.inventory.FormatException;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SqlLexerTest {
    @Test
    void decodesEveryStringForm() {
        List<Token> tokens = SqlLexer.lex("'it''s' E'a\\'b' U&'x' B'101' $$one;two$$ $fn$ $$ $fn$", 1);
        assertThat(tokens).as("lex(string forms)").extracting(Token::type, Token::text).containsExactly(
                Tuple.tuple(Type.STRING, "it's"),
                Tuple.tuple(Type.STRING, "a'b"),
                Tuple.tuple(Type.STRING, "x"),
                Tuple.tuple(Type.STRING, "101"),
                Tuple.tuple(Type.STRING, "one;two"),
                Tuple.tuple(Type.STRING, " $$ "));
    }

    @Test
    void keepsQuotedIdentifiersAndFoldsWords() {
        List<Token> tokens = SqlLexer.lex("\"My \"\"Table\"\" \" Users $1 x::int", 1);
        assertThat(tokens.get(0)).isEqualTo(new Token(Type.QUOTED, "My \"Table\" ", 1, 0, 15));
        assertThat(tokens.get(1).identifier()).isEqualTo("users");
        assertThat(tokens.get(2)).isEqualTo(new Token(Type.PARAM, "$1", 1, 22, 24));
        assertThat(tokens.get(4)).isEqualTo(new Token(Type.SYMBOL, "::", 1, 26, 28));
    }

    @Test
    void dropsCommentsIncludingNestedBlockCommentsAndCountsLines() {
        List<Token> tokens = SqlLexer.lex("-- one\n/* two /* nested */\n still */ a\n'x\ny' b", 1);
        assertThat(tokens).extracting(Token::text, Token::line)
                .containsExactly(Tuple.tuple("a", 3),
                        Tuple.tuple("x\ny", 4),
                        Tuple.tuple("b", 5));
    }

    @Test
    void readsPsqlMetaCommandsAtLineStartOnly() {
        List<Token> tokens = SqlLexer.lex("\\set ON_ERROR_STOP on\nselect 1", 10);
        assertThat(tokens.get(0)).isEqualTo(new Token(Type.META, "\\set ON_ERROR_STOP on", 10, 0, 21));
        assertThat(tokens.get(1).line()).isEqualTo(11);
    }

    @Test
    void reportsUnterminatedTextWithTheLineItStartsOn() {
        assertUnterminated("select 'abc", "unterminated string constant", 1);
        assertUnterminated("select\n\"abc", "unterminated quoted identifier", 2);
        assertUnterminated("do $body$ begin", "unterminated dollar-quoted string $body$", 1);
        assertUnterminated("a\n\n/* b /* c */", "unterminated block comment", 3);
    }

    private static void assertUnterminated(String sql, String message, int line) {
        assertThatThrownBy(() -> SqlLexer.lex(sql, 1)).as("lex(%s)", sql)
                .isInstanceOf(FormatException.class).hasMessage(message)
                .satisfies(e -> assertThat(((FormatException) e).line()).isEqualTo(line));
    }
}
