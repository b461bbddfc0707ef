package dev.upkeep.inventory.container;

import static java.util.Objects.requireNonNull;

/**
 * One {@code key=value} of ARG, ENV or LABEL, quotes removed. {@code value} is {@code null} for an
 * ARG without a default ({@code ARG VERSION}); {@code assigned} tells {@code ARG X=} from
 * {@code ARG X}.
 */
public record KeyValue(String key, String value) {
    public KeyValue {
        requireNonNull(key, "key is null");
    }

    public boolean assigned() {
        return value != null;
    }
}
