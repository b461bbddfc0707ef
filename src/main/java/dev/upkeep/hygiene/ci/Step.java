package dev.upkeep.hygiene.ci;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One step of a CI job, or a GitLab job's script, or a job that calls a reusable workflow.
 *
 * @param job the job id
 * @param uses the action or reusable workflow it uses, or "" for a script step
 * @param run the script, or ""
 * @param workingDirectory where the script runs, relative to the repository root ("" for the root)
 * @param with the inputs given to the action
 * @param line the step's line
 */
record Step(String job, String uses, String run, String workingDirectory, Map<String, String> with, int line) {
    Step {
        requireNonNull(job, "job is null");
        requireNonNull(uses, "uses is null");
        requireNonNull(run, "run is null");
        requireNonNull(workingDirectory, "workingDirectory is null");
        with = Map.copyOf(with);
    }

    /** Everything the step says, for searching: the action, its inputs, the script. */
    String text() {
        return uses + "\n" + String.join("\n", with.values()) + "\n" + run;
    }
}
