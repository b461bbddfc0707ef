package dev.upkeep.probe;

import java.util.Locale;

/** How a probe ended. Only {@link #OK} means the target was probed; its findings say how it is. */
public enum Outcome {
    /** The target was probed. */
    OK,
    /** The target could not be probed: refused, unknown host, bad credentials, missing secret. */
    FAILED,
    /** The probe did not finish within its timeout or the global deadline. */
    TIMED_OUT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
