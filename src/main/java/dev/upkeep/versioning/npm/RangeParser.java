package dev.upkeep.versioning.npm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Desugars one {@code ||}-free part of a range into primitive comparators, in node-semver's order
 * of steps: drop build metadata; hyphen range; close up "operator space version"; close up
 * "~ " and "^ "; then each word: caret, tilde, x-range, star; {@code >=0.0.0} means any; when
 * loose, drop words that are not comparators. The steps work on text because node's results on
 * odd input (stray spaces, {@code ~>}, {@code 1.2.x.3}) follow from that text rewriting.
 */
final class RangeParser {
    private static final Pattern SPACES = Pattern.compile(" +");

    private final NpmSemver.Options options;
    private final RangeGrammar grammar;

    RangeParser(NpmSemver.Options options) {
        this.options = options;
        this.grammar = RangeGrammar.of(options.loose());
    }

    /** The comparators of {@code part} (trimmed), empty when loose mode dropped every word. */
    ComparatorSet parse(String part) {
        // Each step runs only when its pattern could change the text: same result, less scanning.
        String range = part.indexOf('+') < 0 ? part : RangeGrammar.BUILD_STRIP.matcher(part).replaceAll("");
        String identity = (options.includePrerelease() ? "p" : "-") + (options.loose() ? "l:" : "-:") + range;
        if (range.contains(" - ")) {
            Matcher hyphen = grammar.hyphen.matcher(range);
            if (hyphen.matches()) {
                range = Desugar.hyphen(hyphen, options.includePrerelease());
            }
        }
        if (spaceAfter(range, "<>=")) {
            range = grammar.comparatorTrim.matcher(range).replaceAll("$1$2$3");
        }
        if (spaceAfter(range, "~>")) {
            range = RangeGrammar.TILDE_TRIM.matcher(range).replaceAll("$1~");
        }
        if (spaceAfter(range, "^")) {
            range = RangeGrammar.CARET_TRIM.matcher(range).replaceAll("$1^");
        }

        List<String> words = new ArrayList<>();
        for (String word : range.split(" ", -1)) {
            words.add(desugar(word));
        }
        Map<String, Comparator> comparators = new LinkedHashMap<>();
        List<Comparator> parsed = new ArrayList<>();
        for (String token : SPACES.split(String.join(" ", words), -1)) {
            String t = JsText.trim(token);
            if (t.equals(options.includePrerelease() ? ">=0.0.0-0" : ">=0.0.0")) {
                t = "";
            }
            if (!options.loose() || Comparator.hasSyntax(t, true)) {
                parsed.add(Comparator.parse(t, options.loose()));
            }
        }
        for (Comparator c : parsed) {
            if (c.value().equals("<0.0.0-0")) {
                return new ComparatorSet(new Comparator[] {c}, null);
            }
            comparators.put(c.value(), c);
        }
        if (comparators.size() > 1) {
            comparators.remove("");
        }
        return new ComparatorSet(comparators.values().toArray(Comparator[]::new), identity);
    }

    /** Whether a space follows one of {@code chars} (the trims remove nothing otherwise). */
    private static boolean spaceAfter(String s, String chars) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0 && s.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private String desugar(String word) {
        String comp = eachWord(JsText.trim(word), w -> !w.startsWith("^") ? w : replaceAnchored(grammar.caret.matcher(w), w,
                m -> Desugar.caret(m, options.includePrerelease())));
        comp = eachWord(JsText.trim(comp), w -> !w.startsWith("~") ? w : replaceAnchored(grammar.tilde.matcher(w), w,
                m -> Desugar.tilde(m, options.includePrerelease())));
        comp = eachWord(comp, w -> {
            String t = JsText.trim(w);
            return replaceAnchored(grammar.xrange.matcher(t), t, m -> Desugar.xrange(m, t, options.includePrerelease()));
        });
        comp = JsText.trim(comp);
        return comp.indexOf('*') < 0 ? comp : RangeGrammar.STAR.matcher(comp).replaceFirst("");
    }

    private static String eachWord(String comp, UnaryOperator<String> f) {
        String[] words = SPACES.split(comp, -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(f.apply(words[i]));
        }
        return sb.toString();
    }

    private static String replaceAnchored(Matcher m, String word, Function<Matcher, String> f) {
        return m.matches() ? f.apply(m) : word;
    }
}
