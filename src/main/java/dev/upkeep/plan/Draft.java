package dev.upkeep.plan;

import dev.upkeep.calendar.Occurrence;
import java.util.ArrayList;
import java.util.List;

/** A wave while it is planned: what goes in it, then the ordered steps the resolver made of it. */
final class Draft {
    final WaveKind kind;
    final Occurrence occurrence;
    final List<Upgrade> items = new ArrayList<>();
    final List<List<Upgrade>> steps = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Draft(WaveKind kind, Occurrence occurrence) {
        this.kind = kind;
        this.occurrence = occurrence;
    }

    String label() {
        return kind.id() + (occurrence == null ? "" : " " + occurrence.label());
    }
}
