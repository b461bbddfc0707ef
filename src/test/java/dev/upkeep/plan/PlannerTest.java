package dev.upkeep.plan;

import static dev.upkeep.plan.Stacks.life;
import static dev.upkeep.plan.Stacks.npm;
import static dev.upkeep.plan.Stacks.npmRelease;
import static dev.upkeep.plan.Stacks.pyRelease;
import static dev.upkeep.plan.Stacks.pypi;
import static dev.upkeep.plan.Stacks.runtime;
import static dev.upkeep.plan.Stacks.steps;
import static dev.upkeep.plan.Stacks.wave;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {
    /** A Next.js app a major behind, on a Node past its end of life; next 16 wants react 19 and Node 20.9. */
    static Stacks.Registry nextAndReact() {
        return new Stacks.Registry()
                .add(Ecosystem.NPM, "next",
                        npmRelease("14.2.35", Map.of("react", "^18.2.0", "react-dom", "^18.2.0"), ">=18.17.0", Map.of()),
                        npmRelease("16.0.0", Map.of("react", "^19.0.0", "react-dom", "^19.0.0"), ">=20.9.0", Map.of()))
                .add(Ecosystem.NPM, "react", npmRelease("18.3.1", Map.of()), npmRelease("19.2.0", Map.of()))
                .add(Ecosystem.NPM, "react-dom", npmRelease("18.3.1", Map.of("react", "^18.3.1")),
                        npmRelease("19.2.0", Map.of("react", "^19.2.0")));
    }

    @Test
    void runtimeFirstThenTheNextMajorWithTheReactItRequiresInOneStep() {
        Stacks.Registry reg = nextAndReact();
        Plan plan = Stacks.plan(List.of(
                reg.drift(runtime("node", "18", "web/.nvmrc"), life("nodejs", "18", "2025-04-30", true, "18.20.8", "24")),
                reg.drift(npm("next", "14.2.35"), null),
                reg.drift(npm("react", "18.3.1"), null),
                reg.drift(npm("react-dom", "18.3.1"), null)), reg, null);

        assertThat(steps(plan)).as("steps of %s", plan.waves()).containsExactly(
                List.of("runtime:nodejs@24"),
                List.of("npm:react@19.2.0", "npm:react-dom@19.2.0", "npm:next@16.0.0"));
        assertThat(wave(plan, WaveKind.URGENT).due()).isEqualTo("2026-11-24");
        Wave high = wave(plan, WaveKind.HIGH);
        assertThat(high.occurrence().label()).isEqualTo("quarterly 2027-Q2");
        assertThat(high.slot().describe()).isEqualTo("2027-04-03 06:00–10:00 Europe/Brussels");
        assertThat(plan.blocked()).isEmpty();
        OrderCheck.assertEveryStepHolds(plan, reg);
    }

    @Test
    void aPackageWhoseTargetNeedsANewerRuntimeWaitsForTheRuntimeUpgrade() {
        Stacks.Registry reg = new Stacks.Registry()
                .add(Ecosystem.NPM, "vite", npmRelease("5.0.0", Map.of(), ">=18.0.0", Map.of()),
                        npmRelease("5.4.0", Map.of(), ">=22.0.0", Map.of()));
        Plan plan = Stacks.plan(List.of(
                reg.drift(runtime("node", "20.10.0", "web/.nvmrc"), life("nodejs", "20", "2027-04-30", false, "20.19.5", "22")),
                reg.drift(npm("vite", "5.0.0"), null)), reg, null);

        assertThat(steps(plan)).containsExactly(List.of("runtime:nodejs@20.19.5"), List.of("runtime:nodejs@22"), List.of("npm:vite@5.4.0"));
        assertThat(plan.waves()).extracting(Wave::title).containsExactly("Low-risk updates — monthly 2027-01",
                "High-risk upgrades — quarterly 2027-Q2");
        Upgrade vite = plan.waves().get(1).upgrades().get(1);
        assertThat(vite.note()).contains("waits for nodejs", "vite 5.4.0 needs nodejs >=22.0.0 (engines)");
    }

    @Test
    void unmetEngineWithNoRuntimeUpgradeIsBlockedAndSaysWhy() {
        Stacks.Registry reg = nextAndReact();
        Plan plan = Stacks.plan(List.of(
                reg.drift(runtime("node", "18.20.8", "web/.nvmrc"), null),
                reg.drift(npm("next", "14.2.35"), null),
                reg.drift(npm("react", "18.3.1"), null),
                reg.drift(npm("react-dom", "18.3.1"), null)), reg, null);

        assertThat(plan.blocked()).extracting(b -> b.upgrade().key()).containsExactlyInAnyOrder("npm:next", "npm:react", "npm:react-dom");
        assertThat(plan.blocked().get(0).constraint())
                .isEqualTo("next 16.0.0 needs nodejs >=20.9.0 (engines): no upgrade of nodejs that meets it is planned");
        assertThat(plan.waves()).isEmpty();
    }

    static Stacks.Registry fastapi(boolean withNewest) {
        Stacks.Registry reg = new Stacks.Registry()
                .add(Ecosystem.PYPI, "fastapi", pyRelease("0.95.2", "starlette<0.28.0,>=0.27.0", "pydantic>=1.6.2"),
                        pyRelease("0.109.1", "starlette<0.36.0,>=0.35.0"), pyRelease("0.115.0", "starlette (<0.39.0,>=0.37.2)",
                                "email-validator>=2.0.0; extra == \"all\""))
                .add(Ecosystem.PYPI, "starlette", pyRelease("0.27.0"), pyRelease("0.35.1"), pyRelease("0.38.6"), pyRelease("0.40.0"),
                        pyRelease("0.47.2"))
                .advise(Ecosystem.PYPI, "fastapi", Stacks.advisory("GHSA-fast", Severity.HIGH, "PyPI", "fastapi", "0", "0.109.1"))
                .advise(Ecosystem.PYPI, "starlette", Stacks.advisory("GHSA-star", Severity.HIGH, "PyPI", "starlette", "0", "0.40.0"));
        if (withNewest) {
            reg.add(Ecosystem.PYPI, "fastapi", pyRelease("0.116.1", "starlette<0.48.0,>=0.40.0"));
        }
        return reg;
    }

    @Test
    void theFrameworkMovesFirstToAReleaseWhosePinAdmitsTheLibrarysFix() {
        Stacks.Registry reg = fastapi(true);
        Plan plan = Stacks.plan(List.of(reg.drift(pypi("fastapi", "0.95.2", Relation.DIRECT), null),
                reg.drift(pypi("starlette", "0.27.0", Relation.TRANSITIVE), null)), reg, null);

        Wave security = wave(plan, WaveKind.SECURITY);
        assertThat(security.steps()).hasSize(1);
        assertThat(security.steps().get(0).upgrades()).extracting(u -> u.key() + "@" + u.to())
                .containsExactly("pypi:fastapi@0.116.1", "pypi:starlette@0.40.0");
        assertThat(security.steps().get(0).upgrades().get(0).note()).contains("so that starlette 0.40.0 fits");
        assertThat(plan.findings(FindingClass.URGENT)).extracting(f -> f.subject()).containsExactly("GHSA-fast", "GHSA-star");
        assertThat(plan.blocked()).isEmpty();
        OrderCheck.assertEveryStepHolds(plan, reg);
    }

    @Test
    void whenNoFrameworkReleaseAdmitsTheFixBothAreBlockedByThePin() {
        Stacks.Registry reg = fastapi(false);
        Plan plan = Stacks.plan(List.of(reg.drift(pypi("fastapi", "0.95.2", Relation.DIRECT), null),
                reg.drift(pypi("starlette", "0.27.0", Relation.TRANSITIVE), null)), reg, null);

        assertThat(plan.blocked()).extracting(b -> b.upgrade().key()).contains("pypi:fastapi", "pypi:starlette");
        assertThat(plan.blocked().get(0).constraint()).isEqualTo("fastapi 0.109.1 needs starlette <0.36.0,>=0.35.0 (requires-dist):"
                + " no releases of starlette and fastapi meet it together");
    }

    @Test
    void aSameVersionGroupMovesItsOtherMemberWithAnUrgentFix() {
        Stacks.Registry reg = new Stacks.Registry()
                .add(Ecosystem.NPM, "socket.io", npmRelease("4.7.2", Map.of()), npmRelease("4.8.1", Map.of()))
                .add(Ecosystem.NPM, "socket.io-client", npmRelease("4.7.2", Map.of()), npmRelease("4.8.1", Map.of()))
                .advise(Ecosystem.NPM, "socket.io-client", Stacks.advisory("GHSA-sock", Severity.CRITICAL, "npm", "socket.io-client", "0", "4.8.1"));
        Plan plan = Stacks.plan(List.of(reg.drift(npm("socket.io", "4.7.2"), null), reg.drift(npm("socket.io-client", "4.7.2"), null)),
                reg, "ignore:\n  - id: pkg:npm/socket.io\n    reason: server moves with the client\n    until: 2027-06-30\n");

        assertThat(steps(plan)).containsExactly(List.of("npm:socket.io@4.8.1", "npm:socket.io-client@4.8.1"));
        Upgrade server = plan.waves().get(0).upgrades().get(0);
        assertThat(server.note()).isEqualTo("moves with group socket.io");
        assertThat(server.findingClass()).isEqualTo(FindingClass.URGENT);
        assertThat(wave(plan, WaveKind.SECURITY).dueAt()).hasToString("2026-11-22T00:00+01:00[Europe/Brussels]");
    }

    @Test
    void anUrgentFixBringsForwardTheMajorItsPeerNeedsHeldAtWhatTheOthersAccept() {
        Stacks.Registry reg = new Stacks.Registry()
                .add(Ecosystem.NPM, "eslint-config-acme", npmRelease("1.0.0", Map.of("eslint", "^8.0.0")),
                        npmRelease("2.0.0", Map.of("eslint", ">=9.0.0"), null, Map.of("eslint-plugin-old", "^7.0.0")))
                .add(Ecosystem.NPM, "eslint-plugin-old", npmRelease("7.37.5", Map.of("eslint", "^8 || ^9.7")))
                .add(Ecosystem.NPM, "eslint", npmRelease("8.57.1", Map.of()), npmRelease("9.6.0", Map.of()), npmRelease("9.39.1", Map.of()),
                        npmRelease("10.2.0", Map.of()))
                .advise(Ecosystem.NPM, "eslint-config-acme", Stacks.advisory("GHSA-lint", Severity.HIGH, "npm", "eslint-config-acme", "0", "2.0.0"));
        Plan plan = Stacks.plan(List.of(reg.drift(npm("eslint-config-acme", "1.0.0"), null), reg.drift(npm("eslint", "8.57.1"), null)),
                reg, null);

        Wave urgent = wave(plan, WaveKind.URGENT);
        assertThat(urgent.steps()).hasSize(1);
        assertThat(urgent.steps().get(0).upgrades()).extracting(u -> u.key() + "@" + u.to())
                .containsExactly("npm:eslint@9.39.1", "npm:eslint-config-acme@2.0.0");
        Upgrade eslint = urgent.steps().get(0).upgrades().get(0);
        assertThat(eslint.note()).contains("brought forward from the high quarterly 2027-Q2 wave",
                "held at 9.39.1: eslint-config-acme 2.0.0 (through eslint-plugin-old@7.37.5) needs eslint ^8 || ^9.7 (peer)");
        assertThat(eslint.findingClass()).isEqualTo(FindingClass.URGENT);
        assertThat(plan.waves()).extracting(Wave::kind).containsExactly(WaveKind.URGENT);
        OrderCheck.assertEveryStepHolds(plan, reg);
    }

    @Test
    void aPackageThatWouldBreakIsMovedToAReleaseThatAcceptsTheNewPeer() {
        Stacks.Registry reg = nextAndReact()
                .add(Ecosystem.NPM, "react-redux", npmRelease("8.1.3", Map.of("react", "^18.0")),
                        npmRelease("9.1.2", Map.of("react", "^18.0 || ^19")));
        Plan plan = Stacks.plan(List.of(reg.drift(npm("react", "18.3.1"), null), reg.drift(npm("react-dom", "18.3.1"), null),
                reg.drift(npm("react-redux", "8.1.3"), null)), reg,
                "ignore:\n  - id: pkg:npm/react-redux\n    reason: redux 9 needs a code change first (WEB-12)\n    until: 2027-12-31\n");

        assertThat(steps(plan)).containsExactly(List.of("npm:react@19.2.0", "npm:react-dom@19.2.0", "npm:react-redux@9.1.2"));
        assertThat(plan.waves().get(0).upgrades().get(2).note())
                .isEqualTo("added: react-redux 8.1.3 needs react ^18.0 (peer)");
        OrderCheck.assertEveryStepHolds(plan, reg);
    }

    @Test
    void withoutAnyKnowledgeThePlanHasNoWavesAndSaysWhatIsUnknown() {
        Stacks.Registry reg = new Stacks.Registry();
        Plan plan = Stacks.plan(List.of(reg.drift(npm("next", "14.1.0"), null)), reg, null);
        assertThat(plan.waves()).isEmpty();
        assertThat(plan.findings()).isEmpty();
    }

    @Test
    void aWavesTargetsFitEachOtherTheRiskyMajorIsHeldAtWhatTheOtherNeeds() {
        Stacks.Registry reg = new Stacks.Registry()
                .add(Ecosystem.NPM, "eslint-config-acme", npmRelease("1.0.0", Map.of()),
                        npmRelease("2.0.0", Map.of(), null, Map.of("typescript-eslint", "^8.0.0")))
                .add(Ecosystem.NPM, "typescript-eslint", npmRelease("8.56.0", Map.of("typescript", ">=4.8.4 <6.1.0")))
                .add(Ecosystem.NPM, "typescript", npmRelease("5.3.2", Map.of()), npmRelease("6.0.3", Map.of()), npmRelease("7.0.2", Map.of()));
        Plan plan = Stacks.plan(List.of(reg.drift(npm("typescript", "5.3.2"), null), reg.drift(npm("eslint-config-acme", "1.0.0"), null)),
                reg, null);
        assertThat(steps(plan)).containsExactly(List.of("npm:eslint-config-acme@2.0.0"), List.of("npm:typescript@6.0.3"));
        assertThat(plan.waves().get(0).upgrades().get(1).note()).isEqualTo(
                "held at 6.0.3: eslint-config-acme 2.0.0 (through typescript-eslint@8.56.0) needs typescript >=4.8.4 <6.1.0 (peer)");
    }

    @Test
    void urgentBreakingWorkGoesOutOfBandWhenTheNextBreakingWindowIsTooLate() {
        Stacks.Registry reg = new Stacks.Registry();
        java.time.Instant sunday = java.time.LocalDate.parse("2026-11-22").atStartOfDay(Stacks.BRUSSELS).toInstant();
        Plan plan = Stacks.plan(List.of(reg.drift(runtime("node", "18", "web/.nvmrc"),
                life("nodejs", "18", "2025-04-30", true, "18.20.8", "24"))), reg, null, sunday, RepoFacts.NONE);
        Wave w = plan.waves().get(0);
        assertThat(w.slot()).isNull();
        assertThat(w.dueAt()).hasToString("2026-11-25T00:00+01:00[Europe/Brussels]");
        assertThat(w.notes()).containsExactly(
                "the next breaking window (2026-11-28 06:00–10:00 Europe/Brussels) starts after the due date: do it out of band");
    }

    @Test
    void securityWorkIsPlacedInsideTheDecemberFreezeAndTheRestAfterIt() {
        Stacks.Registry reg = new Stacks.Registry()
                .add(Ecosystem.NPM, "axios", npmRelease("1.6.2", Map.of()), npmRelease("1.6.8", Map.of()), npmRelease("1.7.4", Map.of()))
                .add(Ecosystem.NPM, "clsx", npmRelease("2.0.0", Map.of()), npmRelease("2.1.1", Map.of()))
                .advise(Ecosystem.NPM, "axios", Stacks.advisory("GHSA-ax", Severity.MEDIUM, "npm", "axios", "0", "1.6.8"));
        java.time.Instant wednesday = java.time.LocalDate.parse("2026-12-02").atStartOfDay(Stacks.BRUSSELS).toInstant();
        Plan plan = Stacks.plan(List.of(reg.drift(npm("axios", "1.6.2"), null), reg.drift(npm("clsx", "2.0.0"), null)), reg, null,
                wednesday, RepoFacts.NONE);
        assertThat(plan.waves()).extracting(w -> w.title() + " @ " + w.slot().describe()).containsExactly(
                "Low-risk updates — monthly 2026-12 @ 2026-12-02 06:00–08:00 Europe/Brussels",
                "Low-risk updates — monthly 2027-01 @ 2027-01-05 06:00–08:00 Europe/Brussels");
        assertThat(steps(plan)).containsExactly(List.of("npm:axios@1.6.8"), List.of("npm:axios@1.7.4"), List.of("npm:clsx@2.1.1"));
    }

    @Test
    void anUrgentFixThatNeedsANewerPythonBringsThePythonUpgradeForward() {
        Stacks.Registry reg = new Stacks.Registry().add(Ecosystem.PYPI, "numpy",
                new dev.upkeep.knowledge.Release("1.26.4", null, false, null, Map.of(), Map.of(), ">=3.9", List.of()),
                new dev.upkeep.knowledge.Release("1.26.5", null, false, null, Map.of(), Map.of(), ">=3.11", List.of()));
        reg.advise(Ecosystem.PYPI, "numpy", Stacks.advisory("GHSA-np", Severity.CRITICAL, "PyPI", "numpy", "0", "1.26.5"));
        Plan plan = Stacks.plan(List.of(
                reg.drift(runtime("python", "3.9", "api/.python-version"), life("python", "3.9", "2025-10-31", true, "3.9.25", "3.13")),
                reg.drift(pypi("numpy", "1.26.4", Relation.DIRECT), null)), reg, null);
        assertThat(steps(plan)).as("the runtime joins the fix's step, first").containsExactly(
                List.of("runtime:python@3.13", "pypi:numpy@1.26.5"));
        Wave w = plan.waves().get(0);
        assertThat(w.kind()).isEqualTo(WaveKind.SECURITY);
        assertThat(w.windowKind()).as("it now holds a runtime major").isEqualTo(dev.upkeep.calendar.WindowKind.BREAKING);
        assertThat(w.steps().get(0).upgrades().get(0).note())
                .isEqualTo("brought forward from the urgent wave: numpy 1.26.5 needs python >=3.11 (requires-python)");
        assertThat(plan.waves()).hasSize(1);
    }
}
