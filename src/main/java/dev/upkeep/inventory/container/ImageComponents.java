package dev.upkeep.inventory.container;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Purls;
import dev.upkeep.inventory.runtime.Runtimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The components one image reference stands for: the image itself (direct), and for a Docker
 * Official Image the runtime it packages and the operating system its tag names (both transitive,
 * reached through the image, with the property {@code image}). {@code node:20-alpine} is the image
 * {@code library/node@20-alpine}, the runtime {@code node 20} and the OS {@code alpine} with no
 * version (UNPINNED, {@code variant=alpine}).
 *
 * <p>Every component carries the tag as written as its constraint; variables left in the
 * reference make the unknown parts VARIABLE, a reference with a digest and no tag is DIGEST, one
 * with no tag or {@code latest} is UNPINNED.
 */
public final class ImageComponents {
    private ImageComponents() {}

    /**
     * @param written the reference as written in the file
     * @param resolved the reference once the file's variables are substituted (unresolved ones kept)
     * @param properties facts of the place it is used ({@code stage}, {@code service}, {@code platform})
     * @return the components, or empty when {@code resolved} is not an image reference
     */
    public static Optional<List<Component>> of(
            String written, String resolved, Location location, Scope scope, Map<String, String> properties) {
        Optional<ImageName> parsed = ImageName.read(resolved);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ImageName ref = parsed.get();
        String writtenTag = ImageName.read(written).map(ImageName::tag).orElse(null);
        String declaredTag = writtenTag != null ? writtenTag : ref.tag(); // ${IMAGE} may bring the tag
        boolean variable = ref.nameVariable() || ref.tagVariable();
        String version = ref.tagVariable() || ref.floating() ? null : ref.tag();
        SkipReason skip = skipReason(ref, version, variable);
        String official = ref.official();
        Optional<ImageTag> tag = version == null ? Optional.empty() : Optional.of(ImageTag.read(version));

        List<Component> components = new ArrayList<>();
        Component.Builder image = Component.builder(Ecosystem.DOCKER, Kind.IMAGE, ref.name())
                .version(version).constraint(declaredTag).skipReason(skip).scope(scope).location(location)
                .purl(Purls.of(Ecosystem.DOCKER, ref.name(), version))
                .property("digest", ref.digest())
                .property("variant", official == null ? null : tag.map(ImageTag::variant).orElse(null));
        properties.forEach(image::property);
        components.add(image.build());

        String runtime = OfficialImages.runtime(official);
        if (runtime != null) {
            Component.Builder packaged = Runtimes.builder(runtime, tag.map(ImageTag::release).orElse("latest"), "image")
                    .constraint(declaredTag).relation(Relation.TRANSITIVE).scope(scope).location(location)
                    .property("image", ref.toString());
            if (version == null) {
                packaged.skipReason(skip); // the image's own reason: VARIABLE, DIGEST or UNPINNED
            }
            components.add(packaged.build());
        }
        system(ref, runtime, tag).ifPresent(os -> components.add(osComponent(os, ref, declaredTag, skip, location, scope)));
        return Optional.of(components);
    }

    private static SkipReason skipReason(ImageName ref, String version, boolean variable) {
        if (variable) {
            return SkipReason.VARIABLE;
        }
        if (version != null) {
            return null;
        }
        return ref.tag() == null && ref.digest() != null ? SkipReason.DIGEST : SkipReason.UNPINNED;
    }

    private static Optional<OsRelease> system(ImageName ref, String runtime, Optional<ImageTag> tag) {
        String official = ref.official();
        if (OfficialImages.isSystem(official)) {
            if (tag.isEmpty()) {
                return Optional.of(new OsRelease(official, null, ref.tag())); // latest, a digest or a variable
            }
            ImageTag t = tag.get();
            if (t.versioned()) {
                return Optional.of(new OsRelease(official, t.release().replaceFirst("^v", ""), t.release()));
            }
            return Optional.of(t.os().filter(os -> os.name().equals(official))
                    .orElse(new OsRelease(official, null, t.release() == null ? t.variant() : t.release())));
        }
        return runtime == null ? Optional.empty() : tag.flatMap(ImageTag::os);
    }

    private static Component osComponent(
            OsRelease os, ImageName ref, String declaredTag, SkipReason imageSkip, Location location, Scope scope) {
        SkipReason skip = os.version() != null ? null : imageSkip != null ? imageSkip : SkipReason.UNPINNED;
        return Component.builder(Ecosystem.OS, Kind.OS, os.name())
                .version(os.version())
                .constraint(declaredTag)
                .skipReason(skip)
                .relation(Relation.TRANSITIVE).scope(scope).location(location)
                .purl(Purls.of(Ecosystem.OS, os.name(), os.version()))
                .property("source", "image")
                .property("image", ref.toString())
                .property("variant", os.word())
                .build();
    }
}
