package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.inventory.container.ImageReference;
import dev.upkeep.inventory.container.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stages whose FROM names an image (not scratch, not an earlier stage, not an unresolved variable). */
final class BaseImages {
    private BaseImages() {}

    record Base(Stage stage, ImageReference image) {}

    static List<Base> of(Target t) {
        List<Base> bases = new ArrayList<>();
        for (Stage s : t.dockerfile().stages()) {
            if (t.dockerfile().stage(s.resolvedImage(), s.index()).isPresent()) {
                continue;
            }
            Optional<ImageReference> ref = s.image();
            ref.ifPresent(r -> bases.add(new Base(s, r)));
        }
        return bases;
    }
}
