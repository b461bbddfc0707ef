package dev.upkeep.versioning.npm;

import java.util.regex.Matcher;

/**
 * What caret, tilde, x-range and hyphen ranges mean as primitive comparators (node-semver's
 * README, "Advanced Range Syntax"). Numbers stay as written unless incremented, as in node
 * ({@code ^01.2.3} loose gives {@code >=01.2.3 <2.0.0-0}).
 */
final class Desugar {
    private Desugar() {}

    static boolean isX(String id) {
        return id == null || id.isEmpty() || id.equalsIgnoreCase("x") || id.equals("*");
    }

    private static String inc(String digits) {
        return JsText.plusOne(digits);
    }

    /** {@code ^M.m.p-pr}: changes that do not modify the left-most non-zero part. */
    static String caret(Matcher g, boolean includePrerelease) {
        String major = g.group(1);
        String minor = g.group(2);
        String patch = g.group(3);
        String pr = g.group(4);
        String z = includePrerelease ? "-0" : "";
        if (isX(major)) {
            return "";
        }
        if (isX(minor)) {
            return ">=" + major + ".0.0" + z + " <" + inc(major) + ".0.0-0";
        }
        if (isX(patch)) {
            return ">=" + major + "." + minor + ".0" + z + " <"
                    + (major.equals("0") ? major + "." + inc(minor) : inc(major) + ".0") + ".0-0";
        }
        String from = ">=" + major + "." + minor + "." + patch + (pr != null ? "-" + pr : "");
        String to;
        if (!major.equals("0")) {
            to = inc(major) + ".0.0-0";
        } else if (!minor.equals("0")) {
            to = major + "." + inc(minor) + ".0-0";
        } else {
            to = major + "." + minor + "." + inc(patch) + "-0";
        }
        return from + " <" + to;
    }

    /** {@code ~M.m.p-pr}: patch-level changes if a minor is given, else minor-level. */
    static String tilde(Matcher g, boolean includePrerelease) {
        String major = g.group(1);
        String minor = g.group(2);
        String patch = g.group(3);
        String pr = g.group(4);
        String z = includePrerelease ? "-0" : "";
        if (isX(major)) {
            return "";
        }
        if (isX(minor)) {
            return ">=" + major + ".0.0" + z + " <" + inc(major) + ".0.0-0";
        }
        String upper = " <" + major + "." + inc(minor) + ".0-0";
        if (isX(patch)) {
            return ">=" + major + "." + minor + ".0" + z + upper;
        }
        return ">=" + major + "." + minor + "." + patch + (pr != null ? "-" + pr : "") + upper;
    }

    /** {@code [op]M.m.p} with x, X or * for any part. */
    static String xrange(Matcher g, String word, boolean includePrerelease) {
        String op = g.group(1);
        String major = g.group(2);
        String minor = g.group(3);
        String patch = g.group(4);
        if ((isX(major) && !isX(minor)) || (isX(minor) && patch != null && !patch.isEmpty() && !isX(patch))) {
            return word;
        }
        boolean xMajor = isX(major);
        boolean xMinor = xMajor || isX(minor);
        boolean anyX = xMinor || isX(patch);
        if (op.equals("=") && anyX) {
            op = "";
        }
        String pr = includePrerelease ? "-0" : "";
        if (xMajor) {
            return op.equals(">") || op.equals("<") ? "<0.0.0-0" : "*";
        }
        if (!op.isEmpty() && anyX) {
            if (xMinor) {
                minor = "0";
            }
            patch = "0";
            if (op.equals(">")) {
                op = ">=";
                if (xMinor) {
                    major = inc(major);
                    minor = "0";
                } else {
                    minor = inc(minor);
                }
            } else if (op.equals("<=")) {
                op = "<";
                if (xMinor) {
                    major = inc(major);
                } else {
                    minor = inc(minor);
                }
            }
            if (op.equals("<")) {
                pr = "-0";
            }
            return op + major + "." + minor + "." + patch + pr;
        }
        if (xMinor) {
            return ">=" + major + ".0.0" + pr + " <" + inc(major) + ".0.0-0";
        }
        if (anyX) {
            return ">=" + major + "." + minor + ".0" + pr + " <" + major + "." + inc(minor) + ".0-0";
        }
        return word;
    }

    /** {@code A - B}: inclusive at both ends, partial versions filled as x-ranges. */
    static String hyphen(Matcher g, boolean includePrerelease) {
        String z = includePrerelease ? "-0" : "";
        String from;
        if (isX(g.group(2))) {
            from = "";
        } else if (isX(g.group(3))) {
            from = ">=" + g.group(2) + ".0.0" + z;
        } else if (isX(g.group(4))) {
            from = ">=" + g.group(2) + "." + g.group(3) + ".0" + z;
        } else if (g.group(5) != null) {
            from = ">=" + g.group(1);
        } else {
            from = ">=" + g.group(1) + z;
        }
        String to;
        String major = g.group(8);
        String minor = g.group(9);
        String patch = g.group(10);
        if (isX(major)) {
            to = "";
        } else if (isX(minor)) {
            to = "<" + inc(major) + ".0.0-0";
        } else if (isX(patch)) {
            to = "<" + major + "." + inc(minor) + ".0-0";
        } else if (g.group(11) != null) {
            to = "<=" + major + "." + minor + "." + patch + "-" + g.group(11);
        } else if (includePrerelease) {
            to = "<" + major + "." + minor + "." + inc(patch) + "-0";
        } else {
            to = "<=" + g.group(7);
        }
        return JsText.trim(from + " " + to);
    }
}
