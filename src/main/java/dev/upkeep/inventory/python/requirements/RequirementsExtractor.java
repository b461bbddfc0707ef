package dev.upkeep.inventory.python.requirements;

import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import java.io.IOException;
import java.util.Locale;

/**
 * pip requirements files. Which files: a {@code .txt} whose name starts with {@code requirements}
 * ({@code requirements-dev.txt}) or ends with {@code requirements.txt} ({@code dev-requirements.txt}),
 * or any {@code .txt} in a folder named {@code requirements} but a {@code README}; never
 * {@code constraints*.txt}, which only constrain what another file asks for and are read through
 * {@code -c}. See
 * {@link RequirementsReader} for what is reported.
 */
public final class RequirementsExtractor implements Extractor {
    public static final String ID = "python/requirements";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "pip requirements files (requirements*.txt, *requirements.txt, requirements/*.txt), following -r and -c includes";
    }

    @Override
    public boolean wants(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        int slash = lower.lastIndexOf('/');
        String file = lower.substring(slash + 1);
        if (!file.endsWith(".txt") || file.startsWith("constraints") || file.startsWith("readme")) {
            return false;
        }
        if (file.startsWith("requirements") || file.endsWith("requirements.txt")) {
            return true;
        }
        String dir = slash < 0 ? "" : lower.substring(0, slash);
        return dir.equals("requirements") || dir.endsWith("/requirements");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        return new RequirementsReader(ID).read(input);
    }
}
