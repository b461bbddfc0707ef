package dev.upkeep.plan;

/** What a wave holds, in the order waves of one occurrence are done. */
public enum WaveKind {
    /** Urgent fixes that break nothing: out of band, at once ("Patch immediately (out-of-band)"). */
    SECURITY("security", "Security patches (out of band)"),
    /** Urgent upgrades that need a breaking window: past end of life, majors a fix needs. */
    URGENT("urgent", "Urgent upgrades (out of band, breaking)"),
    /** Patch and minor updates of low-risk packages. */
    LOW("low", "Low-risk updates"),
    /** Patch and minor updates of medium-risk packages. */
    MEDIUM("medium", "Medium-risk updates"),
    /** Majors, runtime majors, database majors, and updates of high-risk packages. */
    HIGH("high", "High-risk upgrades");

    private final String id;
    private final String title;

    WaveKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public boolean outOfBand() {
        return this == SECURITY || this == URGENT;
    }
}
