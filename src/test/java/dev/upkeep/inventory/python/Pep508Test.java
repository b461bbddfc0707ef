package dev.upkeep.inventory.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Pep508Test {
    @Test
    void readsEveryPart() {
        assertThat(Requirement.parse("Flask_Cors [async, dotenv] >= 2.0 , <3 ; python_version >= \"3.8\""))
                .as("parse(full requirement)")
                .isEqualTo(new Requirement("Flask_Cors", List.of("async", "dotenv"), ">= 2.0 , <3", null, "python_version >= \"3.8\""));
    }

    @Test
    void readsADirectReferenceWhoseMarkerFollowsASpace() {
        assertThat(Requirement.parse("pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee ; python_version < '3'"))
                .isEqualTo(new Requirement("pip", List.of(), "", "https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee", "python_version < '3'"));
    }

    @Test
    void readsParenthesisedSpecifiersAndEnvironmentVariables() {
        assertThat(Requirement.parse("name (>=1.0, !=1.5)").specifier()).isEqualTo(">=1.0, !=1.5");
        assertThat(Requirement.parse("name==${VERSION}").specifier()).isEqualTo("==${VERSION}");
        assertThat(Requirement.parse("name[]").extras()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "requests==2.31.0 | 2.31.0",
            "requests === 2.31.0+local | 2.31.0+local",
            "requests == 2.31.* | ",
            "requests>=2.31 | ",
            "requests==2.31,<3 | ",
            "requests==${V} | ",
            "requests | "})
    void pinsOnlyExactVersions(String text, String pinned) {
        assertThat(Requirement.parse(text).pinnedVersion()).as("pinnedVersion(%s)", text).isEqualTo(java.util.Optional.ofNullable(pinned));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "asdf==", "==1.0", "asdf 1.0", "foo-==1", "foo[bar", "foo==1.0 trailing", "foo @", "foo; ", "foo; (a",
            "foo=='1.0'", "foo|bar==1", "foo @ https://x/y.zip x"})
    void refusesWhatPipRefuses(String text) {
        assertThatThrownBy(() -> Requirement.parse(text)).as("parse(%s)", text).isInstanceOf(InvalidRequirementException.class);
    }

    @Test
    void saysWhereItStopped() {
        assertThatThrownBy(() -> Requirement.parse("asdf 1.0"))
                .hasMessage("expected a version specifier, '[', '@' or ';' at column 6, found '1'");
    }
}
