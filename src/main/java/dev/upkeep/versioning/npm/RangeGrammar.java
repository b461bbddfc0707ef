package dev.upkeep.versioning.npm;

import java.util.regex.Pattern;

/**
 * The patterns of node-semver's range desugaring, written from its grammar (range.bnf) with the
 * same bounded repetitions node uses against regex denial of service. Range parsing happens once
 * per range, so patterns are fine here; they reproduce node's backtracking exactly where a
 * hand-written scanner would have to imitate it. Matching versions never uses them.
 */
final class RangeGrammar {
    private static final String WS = "[" + JsText.WS + "]";
    private static final String S0 = WS + "{0,1}";
    private static final String S1 = WS + "{1,1}";
    private static final String NUM = "0|[1-9]\\d{0,256}";
    private static final String NUM_LOOSE = "\\d{1,256}";
    private static final String NON_NUMERIC = "\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}";
    private static final String BUILD_ID = "[a-zA-Z0-9-]{1,250}";
    private static final String OPERATOR = "(?:<|>)?=?";

    final Pattern hyphen;
    final Pattern caret;
    final Pattern tilde;
    final Pattern xrange;
    final Pattern comparatorTrim;

    static final Pattern BUILD_STRIP = Pattern.compile("\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*");
    static final Pattern TILDE_TRIM = Pattern.compile("(" + S0 + ")~>?" + S1);
    static final Pattern CARET_TRIM = Pattern.compile("(" + S0 + ")\\^" + S1);
    static final Pattern STAR = Pattern.compile(OPERATOR + S0 + "\\*");

    static final RangeGrammar STRICT = new RangeGrammar(false);
    static final RangeGrammar LOOSE = new RangeGrammar(true);

    private RangeGrammar(boolean loose) {
        String xPlain = xrangePlain(loose, true);
        hyphen = Pattern.compile(S0 + "(" + xPlain + ")" + S1 + "-" + S1 + "(" + xPlain + ")" + S0);
        caret = Pattern.compile("\\^" + xPlain);
        tilde = Pattern.compile("~>?" + xPlain);
        xrange = Pattern.compile("(" + OPERATOR + ")" + S0 + xPlain);
        comparatorTrim = Pattern.compile("(" + S0 + ")(" + OPERATOR + ")" + S0
                + "(" + loosePlain() + "|" + xrangePlain(false, false) + ")");
    }

    static RangeGrammar of(boolean loose) {
        return loose ? LOOSE : STRICT;
    }

    private static String group(String body, boolean capture) {
        return (capture ? "(" : "(?:") + body + ")";
    }

    private static String prerelease(boolean loose, boolean capture) {
        String id = "(?:" + NON_NUMERIC + "|" + (loose ? NUM_LOOSE : NUM) + ")";
        return "(?:" + (loose ? "-?" : "-") + group(id + "(?:\\." + id + ")*", capture) + ")";
    }

    private static String build(boolean capture) {
        return "(?:\\+" + group(BUILD_ID + "(?:\\." + BUILD_ID + ")*", capture) + ")";
    }

    /** {@code [v=\s]*M(.m(.p(-pre)?(+build)?)?)?} with x, X or * allowed for any number; groups M m p pre build. */
    private static String xrangePlain(boolean loose, boolean capture) {
        String id = group((loose ? NUM_LOOSE : NUM) + "|x|X|\\*", capture);
        return "[v=" + JsText.WS + "]*" + id + "(?:\\." + id + "(?:\\." + id
                + "(?:" + prerelease(loose, capture) + ")?" + build(capture) + "?)?)?";
    }

    /** A loose full version with its prefix, for the operator-space trim. */
    private static String loosePlain() {
        return "[v=" + JsText.WS + "]*" + NUM_LOOSE + "\\." + NUM_LOOSE + "\\." + NUM_LOOSE
                + prerelease(true, false) + "?" + build(false) + "?";
    }
}
