package dev.upkeep.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkerTest {
    @TempDir
    Path root;

    private List<String> walk() throws IOException {
        return new Walker(true).walk(root).files().stream().map(Walker.WalkedFile::path).toList();
    }

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void listsFilesSortedWithForwardSlashes() throws IOException {
        write("b/package.json", "{}");
        write("a/requirements.txt", "");
        assertThat(walk()).as("walk(two folders)").containsExactly("a/requirements.txt", "b/package.json");
    }

    @Test
    void skipsDependencyAndToolFolders() throws IOException {
        write("node_modules/left-pad/package.json", "{}");
        write(".venv/lib/pyproject.toml", "");
        write(".git/config", "");
        write("vendor/x/go.mod", "");
        write("app/package.json", "{}");
        assertThat(walk()).as("walk(node_modules, .venv, .git, vendor)").containsExactly("app/package.json");
    }

    @Test
    void honoursGitignoreIncludingNegationAndNestedFiles() throws IOException {
        write(".gitignore", "build/\n*.log\n!keep.log\n");
        write("build/package.json", "{}");
        write("x.log", "");
        write("keep.log", "");
        write("web/.gitignore", "generated.json\n");
        write("web/generated.json", "{}");
        write("web/package.json", "{}");
        write("generated.json", "{}");
        assertThat(walk()).as("walk(.gitignore rules)")
                .containsExactly(".gitignore", "generated.json", "keep.log", "web/.gitignore", "web/package.json");
    }

    @Test
    void gitignoreCanBeTurnedOff() throws IOException {
        write(".gitignore", "*.json\n");
        write("package.json", "{}");
        assertThat(new Walker(false).walk(root).files()).extracting(Walker.WalkedFile::path)
                .as("walk(--no-gitignore)").contains("package.json");
    }

    @Test
    void aSymlinkLoopIsWalkedOnce() throws IOException {
        write("app/package.json", "{}");
        Files.createSymbolicLink(root.resolve("app/loop"), root.resolve("app"));
        Files.createSymbolicLink(root.resolve("app/up"), root);
        assertThat(walk()).as("walk(symlink loop)").containsExactly("app/package.json");
    }

    @Test
    void neverFollowsASymlinkOutOfTheTree(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("package.json"), "{}");
        Files.createSymbolicLink(root.resolve("elsewhere"), outside);
        Files.createSymbolicLink(root.resolve("secret.json"), outside.resolve("package.json"));
        write("package.json", "{}");
        assertThat(walk()).as("walk(links out of the tree)").containsExactly("package.json");
    }

    @Test
    void followsASymlinkThatStaysInside() throws IOException {
        write("shared/requirements.txt", "");
        Files.createSymbolicLink(root.resolve("linked"), root.resolve("shared/requirements.txt"));
        assertThat(walk()).as("walk(link inside the tree)").containsExactly("linked", "shared/requirements.txt");
    }

    @Test
    void aDanglingSymlinkIsIgnored() throws IOException {
        Files.createSymbolicLink(root.resolve("gone.json"), root.resolve("nowhere.json"));
        assertThat(walk()).as("walk(dangling link)").isEmpty();
    }
}
