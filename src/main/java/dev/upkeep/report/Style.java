package dev.upkeep.report;

/**
 * ANSI styling that is off unless asked for: renderers call it unconditionally and a plain style
 * returns text unchanged, so output to files, pipes and CI stays clean.
 */
public final class Style {
    public static final Style PLAIN = new Style(false);
    public static final Style ANSI = new Style(true);

    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    /** Colour only on an interactive terminal, never under CI, and never when NO_COLOR is set. */
    public static Style detect(boolean interactive, java.util.Map<String, String> env) {
        boolean color = interactive && !env.containsKey("NO_COLOR") && !env.containsKey("CI")
                && !"dumb".equals(env.get("TERM"));
        return color ? ANSI : PLAIN;
    }

    public boolean enabled() {
        return on;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String cyan(String s) {
        return wrap("36", s);
    }

    private String wrap(String code, String s) {
        return on && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
