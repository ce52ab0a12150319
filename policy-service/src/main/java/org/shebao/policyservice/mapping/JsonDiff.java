package org.shebao.policyservice.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.shebao.policyservice.api.DiffView;

/** The leaves that differ between two JSON documents, by JSON Pointer path. Arrays are compared by position. */
public final class JsonDiff {

    private JsonDiff() {
    }

    public static List<DiffView.Change> diff(JsonNode before, JsonNode after) {
        List<DiffView.Change> changes = new ArrayList<>();
        walk("", before, after, changes);
        return changes;
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<DiffView.Change> changes) {
        if (isMissing(before) && isMissing(after)) {
            return;
        }
        if (before != null && after != null && before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path + "/" + escape(name), before.get(name), after.get(name), changes);
            }
        } else if (before != null && after != null && before.isArray() && after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                walk(path + "/" + i, before.get(i), after.get(i), changes);
            }
        } else if (!sameValue(before, after)) {
            changes.add(new DiffView.Change(path, isMissing(before) ? null : before, isMissing(after) ? null : after));
        }
    }

    /** Numbers compare by value: 0.08 and 0.080 are the same rate. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (isMissing(a) || isMissing(b)) {
            return isMissing(a) && isMissing(b);
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static boolean isMissing(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
