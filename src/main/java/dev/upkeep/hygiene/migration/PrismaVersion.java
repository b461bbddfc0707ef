package dev.upkeep.hygiene.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.hygiene.LintContext;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Prisma version a migration belongs to, from the nearest package.json that declares it. */
final class PrismaVersion {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)");

    private PrismaVersion() {}

    /**
     * Whether the lowest version the declared range allows is at least {@code major.minor}; false
     * when no package.json above {@code migrationPath} declares {@code prisma} or {@code @prisma/client}.
     */
    static boolean atLeast(String migrationPath, LintContext context, int major, int minor) throws IOException {
        String dir = migrationPath;
        while (dir.contains("/")) {
            dir = dir.substring(0, dir.lastIndexOf('/'));
            Optional<String> manifest = context.read(dir + "/package.json");
            if (manifest.isPresent()) {
                Optional<int[]> declared = declared(manifest.get());
                if (declared.isPresent()) {
                    int[] v = declared.get();
                    return v[0] > major || (v[0] == major && v[1] >= minor);
                }
            }
        }
        Optional<int[]> root = context.read("package.json").flatMap(PrismaVersion::declared);
        return root.map(v -> v[0] > major || (v[0] == major && v[1] >= minor)).orElse(false);
    }

    private static Optional<int[]> declared(String packageJson) {
        JsonNode root;
        try {
            root = JSON.readTree(packageJson);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        for (String section : new String[] {"dependencies", "devDependencies"}) {
            for (String name : new String[] {"prisma", "@prisma/client"}) {
                JsonNode range = root.path(section).path(name);
                Matcher m = MAJOR_MINOR.matcher(range.asText(""));
                if (m.find()) {
                    return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                }
            }
        }
        return Optional.empty();
    }
}
