package org.shebao.policyservice.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a Panache where-clause from optional filters: a condition is added only when its value is present. */
final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    QueryFilter when(Object value, String condition, String parameter) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    QueryFilter with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    String where() {
        return String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
