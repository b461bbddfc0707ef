package dev.upkeep.hygiene;

import dev.upkeep.inventory.Walker;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The walked repository as the rule families see it during one run. Reads each file at most once
 * (the engine and every family share the text) and refuses files over the size limit.
 */
final class RepoContext implements LintContext {
    /** A walked file's text, or why it has none. */
    sealed interface Loaded {}

    record Text(String text) implements Loaded {}

    /** Over the size limit, binary ({@code binary} is true: not worth a problem), or unreadable. */
    record Unreadable(String reason, boolean binary) implements Loaded {}

    private final Map<String, Walker.WalkedFile> files = new LinkedHashMap<>();
    private final long maxFileSize;
    private final Map<String, Loaded> loaded = new HashMap<>();
    private Optional<Integer> postgresMajor;

    RepoContext(Walker.Result walk, long maxFileSize) {
        walk.files().forEach(f -> files.put(f.path(), f));
        this.maxFileSize = maxFileSize;
    }

    @Override
    public List<String> paths() {
        return new ArrayList<>(files.keySet());
    }

    @Override
    public Optional<String> read(String path) {
        return load(path) instanceof Text t ? Optional.of(t.text()) : Optional.empty();
    }

    /** The text of a walked file or why it has none; null when it was not walked. */
    Loaded load(String path) {
        Walker.WalkedFile file = files.get(path);
        if (file == null) {
            return null;
        }
        return loaded.computeIfAbsent(path, p -> {
            if (file.size() > maxFileSize) {
                return new Unreadable("not checked: " + file.size() + " bytes is over the " + maxFileSize + "-byte limit", false);
            }
            try {
                return TextDecoder.decode(Files.readAllBytes(file.absolute()))
                        .<Loaded>map(Text::new)
                        .orElse(new Unreadable("binary", true));
            } catch (IOException e) {
                return new Unreadable("cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), false);
            }
        });
    }

    @Override
    public Optional<Integer> postgresMajor() {
        if (postgresMajor == null) {
            postgresMajor = PostgresImages.lowestMajor(paths(), this::read);
        }
        return postgresMajor;
    }
}
