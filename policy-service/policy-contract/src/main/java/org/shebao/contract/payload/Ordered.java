package org.shebao.contract.payload;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Maps keyed by an enum are kept in the enum's order, so a payload always serializes the same way: the same policy
 * read twice is the same JSON, which re-imports and events rely on.
 */
final class Ordered {

    private Ordered() {
    }

    static <K extends Enum<K>, V> Map<K, V> byKey(Map<K, V> map) {
        if (map == null || map.isEmpty() || map.keySet().stream().anyMatch(Objects::isNull)) {
            return map;
        }
        return Collections.unmodifiableMap(new EnumMap<>(map));
    }
}
