package dev.upkeep.versioning.npm;

/** node-semver's {@code compareIdentifiers} for identifiers that are not equal as written. */
final class Identifiers {
    private Identifiers() {}

    /**
     * Numeric identifiers sort before alphanumeric ones and compare as numbers (as doubles, like
     * node, so two huge numbers that round alike compare equal); others compare as UTF-16 text.
     */
    static int compare(String a, boolean aIsSmallNumber, String b, boolean bIsSmallNumber) {
        boolean anum = aIsSmallNumber || JsText.isDigits(a);
        boolean bnum = bIsSmallNumber || JsText.isDigits(b);
        if (anum && bnum) {
            double x = Double.parseDouble(a);
            double y = Double.parseDouble(b);
            return x == y ? 0 : x < y ? -1 : 1;
        }
        if (anum != bnum) {
            return anum ? -1 : 1;
        }
        int c = a.compareTo(b);
        return c == 0 ? 0 : c < 0 ? -1 : 1;
    }
}
