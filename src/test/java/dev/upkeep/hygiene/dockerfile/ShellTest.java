package dev.upkeep.hygiene.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellTest {

    static List<List<String>> words(String script) {
        return Shell.commands(script).stream().map(Command::words).toList();
    }

    @Test
    void splitsAtOperatorsOutsideQuotesAndSubstitutions() {
        assertThat(words("apt-get update && apt-get install -y curl; echo 'a && b' | tee \"x;y\" || true"))
                .as("commands(...)").containsExactly(
                        List.of("apt-get", "update"), List.of("apt-get", "install", "-y", "curl"), List.of("echo", "a && b"),
                        List.of("tee", "x;y"), List.of("true"));
        assertThat(words("v=$(cat a | wc -l) && echo ${v:-x} 2>&1 > /log &")).as("$(...), ${...}, 2>&1").containsExactly(
                List.of(), List.of("echo", "${v:-x}", "2>&1", ">", "/log"));
        assertThat(Shell.commands("v=$(cat a | wc -l)").get(0).env()).as("assignment only").containsEntry("v", "$(cat a | wc -l)");
    }

    @Test
    void stripsAssignmentsAndWrappersAndMarksPipes() {
        List<Command> commands = Shell.commands("DEBIAN_FRONTEND=noninteractive sudo -E apt-get install -y x | env A=1 tee log");
        assertThat(commands.get(0).program()).isEqualTo("apt-get");
        assertThat(commands.get(0).env()).isEqualTo(Map.of("DEBIAN_FRONTEND", "noninteractive"));
        assertThat(commands.get(0).sudo()).isTrue();
        assertThat(commands.get(0).pipedFrom()).isFalse();
        assertThat(commands.get(1).program()).isEqualTo("tee");
        assertThat(commands.get(1).pipedFrom()).isTrue();
        assertThat(commands.get(1).env()).containsEntry("A", "1");
    }

    @Test
    void readsTheScriptOfShDashC() {
        assertThat(words("bash -c 'apk add curl && rm -rf /var/cache/apk/*'")).contains(
                List.of("apk", "add", "curl"), List.of("rm", "-rf", "/var/cache/apk/*"));
    }

    @Test
    void optionsAreFoundInShortGroupsAndLongForms() {
        Command c = Shell.commands("apt-get -yq --no-install-recommends install x").get(0);
        assertThat(c.hasOption('y', "yes")).isTrue();
        assertThat(c.hasOption((char) 0, "no-install-recommends")).isTrue();
        assertThat(c.hasOption('n', "non-interactive")).isFalse();
        assertThat(c.subcommand()).isEqualTo("install");
    }
}
