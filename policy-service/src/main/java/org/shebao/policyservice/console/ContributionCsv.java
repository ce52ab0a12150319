package org.shebao.policyservice.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.shebao.contract.Region;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;

/**
 * A year's 缴费基数 and 费率 of many regions as CSV, turned into CONTRIBUTION drafts. Each element — a region and a
 * period — starts as a copy of the region's latest published CONTRIBUTION version and changes only the cells given:
 * a row without {@code insurance} sets a participant's base bounds, a row with one sets that line's rates (and, with
 * base cells, the line's own bounds). An empty cell keeps the copied value. The drafts are ESTIMATEs whose derivation
 * names the rows and the version copied; the API validates them like any draft.
 */
public final class ContributionCsv {

    public static final List<String> COLUMNS = List.of("regionCode", "effectiveFrom", "effectiveTo", "participantType",
            "insurance", "baseFloor", "baseCeiling", "employerRate", "employeeRate");
    private static final Set<String> REQUIRED = Set.of("regionCode", "effectiveFrom");

    /** A problem of the file, by row (1 = the header) and column. */
    public record Problem(int row, String column, String message) {
        @Override
        public String toString() {
            return "row " + row + (column == null ? "" : ", " + column) + ": " + message;
        }
    }

    /**
     * One region × period: its draft (a DraftRequest as JSON; null when there is nothing to copy) and the problems of
     * its rows.
     */
    public record Element(String regionCode, LocalDate effectiveFrom, LocalDate effectiveTo, List<Integer> rows,
            ObjectNode draft, List<Problem> problems) {
    }

    /** The elements in the order of their first row, and the problems that belong to no element. */
    public record Result(List<Element> elements, List<Problem> problems) {
    }

    private record Key(String regionCode, LocalDate from, LocalDate to) {
    }

    private ContributionCsv() {
    }

    /**
     * @param latest the latest published CONTRIBUTION version of a region (as the API shows it), if any
     */
    public static Result read(String text, Function<String, Optional<JsonNode>> latest) {
        List<Problem> fileProblems = new ArrayList<>();
        List<CsvTable.Record> records;
        try {
            records = CsvTable.parse(text).stream().filter(r -> !r.isBlank()).toList();
        } catch (CsvTable.Malformed e) {
            return new Result(List.of(), List.of(new Problem(e.row(), null, e.getMessage())));
        }
        if (records.isEmpty()) {
            return new Result(List.of(), List.of(new Problem(1, null, "empty file: the header is "
                    + String.join(",", COLUMNS))));
        }
        Map<String, Integer> columns = header(records.get(0), fileProblems);
        if (!fileProblems.isEmpty()) {
            return new Result(List.of(), fileProblems);
        }
        Map<Key, List<Row>> byElement = new LinkedHashMap<>();
        for (CsvTable.Record record : records.subList(1, records.size())) {
            Row row = new Row(record, columns);
            Key key = row.key();
            if (key == null) {
                fileProblems.addAll(row.problems);
            } else {
                byElement.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        List<Element> elements = byElement.entrySet().stream()
                .map(e -> element(e.getKey(), e.getValue(), latest))
                .toList();
        return new Result(elements, fileProblems);
    }

    private static Map<String, Integer> header(CsvTable.Record header, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).trim();
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(1, name, "unknown column; the columns are " + String.join(",", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new Problem(1, name, "appears twice"));
            }
        }
        REQUIRED.stream().filter(name -> !columns.containsKey(name)).sorted()
                .forEach(name -> problems.add(new Problem(1, name, "required column missing")));
        return columns;
    }

    private static Element element(Key key, List<Row> rows, Function<String, Optional<JsonNode>> latest) {
        List<Problem> problems = new ArrayList<>();
        rows.forEach(row -> problems.addAll(row.problems));
        List<Integer> numbers = rows.stream().map(row -> row.number).toList();
        Optional<JsonNode> copied = latest.apply(key.regionCode());
        if (copied.isEmpty()) {
            problems.add(new Problem(numbers.get(0), "regionCode",
                    "no published CONTRIBUTION version of " + key.regionCode() + " to start from"));
            return new Element(key.regionCode(), key.from(), key.to(), numbers, null, problems);
        }
        JsonNode version = copied.get();
        ObjectNode payload = version.path("payload").deepCopy();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            Integer earlier = seen.putIfAbsent(row.participant + "/" + row.cell("insurance"), row.number);
            if (earlier != null) {
                problems.add(new Problem(row.number, "insurance", "repeats row " + earlier));
            } else if (row.problems.isEmpty()) {
                row.applyTo(payload, problems);
            }
        }
        return new Element(key.regionCode(), key.from(), key.to(), numbers, draft(key, version, payload, numbers),
                problems);
    }

    private static ObjectNode draft(Key key, JsonNode version, ObjectNode payload, List<Integer> rows) {
        String copied = "v" + version.path("version").asText() + " (" + version.path("effectiveFrom").asText() + ")";
        String rowList = rows.stream().map(String::valueOf).collect(Collectors.joining(", "));
        ObjectNode source = version.path("source").deepCopy();
        source.putNull("quote");
        source.put("derivation", "缴费基数与费率取自 CSV 导入第 " + rowList + " 行，其余沿用 " + copied
                + "。Bases and rates from CSV rows " + rowList + "; everything else as in " + copied + ".");
        ObjectNode draft = JsonNodeFactory.instance.objectNode()
                .put("regionCode", key.regionCode())
                .put("kind", "CONTRIBUTION")
                .put("effectiveFrom", key.from().toString())
                .put("effectiveTo", key.to() == null ? null : key.to().toString())
                .put("confidence", "ESTIMATE");
        draft.set("source", source);
        String note = "CSV import on " + copied + ". " + version.path("note").asText("");
        draft.put("note", note.length() > 4000 ? note.substring(0, 4000) : note);
        draft.set("payload", payload);
        return draft;
    }

    /** One data row, its cells read; a cell that cannot be read is a problem and left out. */
    private static final class Row {
        final int number;
        final List<Problem> problems = new ArrayList<>();
        final String regionCode;
        final LocalDate from;
        final LocalDate to;
        final ParticipantType participant;
        final InsuranceType insurance;
        final BigDecimal baseFloor;
        final BigDecimal baseCeiling;
        final BigDecimal employerRate;
        final BigDecimal employeeRate;
        private final CsvTable.Record record;
        private final Map<String, Integer> columns;

        Row(CsvTable.Record record, Map<String, Integer> columns) {
            this.record = record;
            this.columns = columns;
            this.number = record.number();
            if (record.cells().size() > columns.size()) {
                problems.add(new Problem(number, null, record.cells().size() + " cells, the header has "
                        + columns.size()));
            }
            String code = cell("regionCode");
            if (code == null || !code.matches(Region.CODE_PATTERN)) {
                problems.add(new Problem(number, "regionCode", "must be a six-digit GB/T 2260 code"));
                code = null;
            }
            regionCode = code;
            from = date("effectiveFrom");
            if (cell("effectiveFrom") == null) {
                problems.add(new Problem(number, "effectiveFrom", "required"));
            }
            to = date("effectiveTo");
            ParticipantType participantType = choice("participantType", ParticipantType.class);
            participant = participantType == null ? ParticipantType.EMPLOYEE : participantType;
            insurance = choice("insurance", InsuranceType.class);
            baseFloor = decimal("baseFloor", "元, e.g. 7270");
            baseCeiling = decimal("baseCeiling", "元, e.g. 36348");
            employerRate = decimal("employerRate", "a decimal, e.g. 0.16 for 16 %");
            employeeRate = decimal("employeeRate", "a decimal, e.g. 0.08 for 8 %");
            if (insurance == null && (employerRate != null || employeeRate != null)) {
                problems.add(new Problem(number, "insurance", "a rate needs the insurance it belongs to"));
            }
        }

        /** The element the row belongs to; null when the cells that name it cannot be read. */
        Key key() {
            return regionCode == null || from == null || (to == null && cell("effectiveTo") != null) ? null
                    : new Key(regionCode, from, to);
        }

        void applyTo(ObjectNode payload, List<Problem> found) {
            JsonNode schedule = payload.path("participants").path(participant.name());
            if (!schedule.isObject()) {
                found.add(new Problem(number, "participantType", "the version copied has no " + participant
                        + " schedule"));
                return;
            }
            ObjectNode target = (ObjectNode) schedule;
            if (insurance != null) {
                target = line((ObjectNode) schedule, found);
                if (target == null) {
                    return;
                }
                set(target, "employerRate", employerRate);
                set(target, "employeeRate", employeeRate);
            }
            if (baseFloor != null || baseCeiling != null) {
                JsonNode own = target.path("base");
                ObjectNode base = own.isObject() ? (ObjectNode) own : schedule.path("base").isObject()
                        ? schedule.path("base").deepCopy() : JsonNodeFactory.instance.objectNode();
                set(base, "floor", baseFloor);
                set(base, "ceiling", baseCeiling);
                target.set("base", base);
            }
        }

        private ObjectNode line(ObjectNode schedule, List<Problem> found) {
            for (JsonNode line : schedule.path("lines")) {
                if (insurance.name().equals(line.path("insurance").asText())) {
                    return (ObjectNode) line;
                }
            }
            found.add(new Problem(number, "insurance", "the version copied has no " + insurance + " line for "
                    + participant + "; add lines in a JSON change set"));
            return null;
        }

        private static void set(ObjectNode node, String field, BigDecimal value) {
            if (value != null) {
                node.put(field, value);
            }
        }

        private String cell(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.cells().size()) {
                return null;
            }
            String value = record.cells().get(index).trim();
            return value.isEmpty() ? null : value;
        }

        private LocalDate date(String column) {
            String value = cell(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(number, column, "'" + value + "' is not a date YYYY-MM-DD"));
                return null;
            }
        }

        private BigDecimal decimal(String column, String expected) {
            String value = cell(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                problems.add(new Problem(number, column, "'" + value + "' is not a number: " + expected));
                return null;
            }
        }

        private <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = cell(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(number, column, "'" + value + "' is not one of "
                        + Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }
    }
}
