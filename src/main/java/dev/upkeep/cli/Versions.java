package dev.upkeep.cli;

/** upkeep's own version, from the jar manifest. */
final class Versions {
    private Versions() {}

    static String tool() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
