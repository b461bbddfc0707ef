package dev.upkeep.inventory;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Lists the files of a repository the way a maintainer sees it: honours {@code .gitignore} files
 * (with JGit's matcher, git's own rules), skips dependency and tool folders, and follows a
 * symbolic link only when its target stays inside the tree and does not lead back into a folder
 * already walked. Never throws for one bad entry: it becomes a {@link Problem}.
 */
public final class Walker {
    /** Folders no stack keeps its own manifests in. */
    public static final Set<String> SKIPPED_DIRS = Set.of(
            ".git", ".hg", ".svn", "node_modules", "bower_components", ".venv", "venv", ".tox", ".nox",
            "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "vendor", "third_party",
            ".next", ".nuxt", ".turbo", ".yarn", ".pnpm-store", "site-packages", ".gradle", ".idea");

    /** Default cap on the size of one file read by an extractor or a rule: 64 MiB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 64L << 20;

    /** One walked regular file. */
    public record WalkedFile(String path, Path absolute, long size) {
        public WalkedFile {
            requireNonNull(path, "path is null");
            requireNonNull(absolute, "absolute is null");
        }
    }

    /** The files found, sorted by path, and entries that could not be walked. */
    public record Result(Path root, List<WalkedFile> files, List<Problem> problems) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private final boolean gitignore;

    public Walker(boolean gitignore) {
        this.gitignore = gitignore;
    }

    /** Walks {@code root}, which must be an existing directory. */
    public Result walk(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        List<WalkedFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Path> visited = new HashSet<>();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(realRoot, "", List.of()));
        visited.add(realRoot);
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            List<Ignore> ignores = frame.ignores;
            if (gitignore) {
                Path gi = frame.dir.resolve(".gitignore");
                if (Files.isRegularFile(gi)) {
                    try (InputStream in = Files.newInputStream(gi)) {
                        IgnoreNode node = new IgnoreNode();
                        node.parse(gi.toString(), in);
                        ignores = new ArrayList<>(ignores);
                        ignores.add(new Ignore(frame.rel, node));
                    } catch (IOException e) {
                        problems.add(new Problem("walker", Location.of(frame.rel + ".gitignore"), "cannot read: " + e.getMessage()));
                    }
                }
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(frame.dir)) {
                ds.forEach(entries::add);
            } catch (IOException e) {
                problems.add(new Problem("walker", Location.of(frame.rel.isEmpty() ? "." : frame.rel), "cannot list folder: " + reason(e)));
                continue;
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            List<Frame> subdirs = new ArrayList<>();
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String rel = frame.rel + name;
                BasicFileAttributes attrs;
                Path target = entry;
                try {
                    attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attrs.isSymbolicLink()) {
                        target = entry.toRealPath();
                        if (!target.startsWith(realRoot)) {
                            continue; // a link out of the tree is not part of this stack
                        }
                        attrs = Files.readAttributes(target, BasicFileAttributes.class);
                    }
                } catch (IOException e) {
                    continue; // a dangling link: nothing to read
                }
                boolean dir = attrs.isDirectory();
                if (dir && SKIPPED_DIRS.contains(name)) {
                    continue;
                }
                if (ignored(ignores, rel, dir)) {
                    continue;
                }
                if (dir) {
                    if (visited.add(target)) { // a second way into a folder is a loop or a duplicate
                        subdirs.add(new Frame(target, rel + "/", ignores));
                    }
                } else if (attrs.isRegularFile()) {
                    files.add(new WalkedFile(rel, target, attrs.size()));
                }
            }
            for (int i = subdirs.size() - 1; i >= 0; i--) {
                stack.push(subdirs.get(i));
            }
        }
        files.sort(Comparator.comparing(WalkedFile::path));
        return new Result(realRoot, files, problems);
    }

    private static boolean ignored(List<Ignore> ignores, String rel, boolean dir) {
        for (int i = ignores.size() - 1; i >= 0; i--) {
            Ignore ig = ignores.get(i);
            String sub = rel.substring(ig.base.length());
            IgnoreNode.MatchResult r = ig.node.isIgnored(sub, dir);
            if (r == IgnoreNode.MatchResult.IGNORED) {
                return true;
            }
            if (r == IgnoreNode.MatchResult.NOT_IGNORED) {
                return false;
            }
        }
        return false;
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private record Frame(Path dir, String rel, List<Ignore> ignores) {}

    private record Ignore(String base, IgnoreNode node) {}
}
