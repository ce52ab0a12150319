package org.shebao.localstack.transcript;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A JSON answer as the API guide shows it, possibly abridged with {@code …}: the guide's own convention ("long
 * answers are abridged where marked with {@code …}"), read here as follows.
 * <ul>
 * <li>{@code …} in place of a value: any value;</li>
 * <li>{@code …} among an object's members: the answer may have further members (without it, exactly these);</li>
 * <li>{@code …} among an array's elements: zero or more elements there (without it, exactly these, in order);</li>
 * <li>{@code …} inside a string: any text there ({@code "Estimate only: …"}).</li>
 * </ul>
 * Everything else must be equal; numbers by value and scale ({@code 1600.00} is not {@code 1600}), because the
 * scale is the region's rounding rule. Each node keeps the line of the guide it was written on, for the failure.
 */
public abstract sealed class JsonPattern {

    static final String ELLIPSIS = "…";

    /** The guide's line this node starts on. */
    final int line;

    private JsonPattern(int line) {
        this.line = line;
    }

    /** Parses a sequence of JSON values (one for a JSON block, one per line for NDJSON) starting at {@code firstLine}. */
    public static List<JsonPattern> parseAll(String text, int firstLine) {
        Parser parser = new Parser(text, firstLine);
        List<JsonPattern> values = new ArrayList<>();
        parser.skipSpace();
        while (!parser.atEnd()) {
            values.add(parser.value());
            parser.skipSpace();
        }
        return values;
    }

    /** The values of an NDJSON answer as one array, {@code …} on a line of its own standing for any lines. */
    public static JsonPattern lines(List<JsonPattern> values, int line) {
        Arr array = new Arr(line);
        values.forEach(value -> array.elements.add(value instanceof Any any ? new Gap(any.line) : value));
        return array;
    }

    /** {@code …} as a value. */
    static final class Any extends JsonPattern {
        Any(int line) {
            super(line);
        }
    }

    /** {@code …} as an array element: zero or more elements. */
    static final class Gap extends JsonPattern {
        Gap(int line) {
            super(line);
        }
    }

    /** A string, number, boolean or null. */
    static final class Scalar extends JsonPattern {
        final Object value;

        Scalar(int line, Object value) {
            super(line);
            this.value = value;
        }

        /** A string with {@code …} in it, as a regular expression; null if it has none. */
        Pattern glob() {
            if (!(value instanceof String text) || !text.contains(ELLIPSIS)) {
                return null;
            }
            StringBuilder regex = new StringBuilder();
            for (String part : text.split(ELLIPSIS, -1)) {
                if (!regex.isEmpty()) {
                    regex.append("(?s:.*)");
                }
                regex.append(Pattern.quote(part));
            }
            return Pattern.compile(regex.toString());
        }

        @Override
        public String toString() {
            return value instanceof String ? '"' + (String) value + '"' : String.valueOf(value);
        }
    }

    static final class Obj extends JsonPattern {
        final Map<String, JsonPattern> members = new LinkedHashMap<>();
        boolean open;

        Obj(int line) {
            super(line);
        }
    }

    static final class Arr extends JsonPattern {
        final List<JsonPattern> elements = new ArrayList<>();

        Arr(int line) {
            super(line);
        }

        boolean hasGap() {
            return elements.stream().anyMatch(Gap.class::isInstance);
        }
    }

    /** A lenient reader of JSON plus {@code …}; tracks lines for the messages. */
    private static final class Parser {
        private final String text;
        private int pos;
        private int line;

        Parser(String text, int firstLine) {
            this.text = text;
            this.line = firstLine;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        void skipSpace() {
            while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
                if (text.charAt(pos) == '\n') {
                    line++;
                }
                pos++;
            }
        }

        private boolean ellipsisAhead() {
            return text.startsWith(ELLIPSIS, pos);
        }

        JsonPattern value() {
            skipSpace();
            if (atEnd()) {
                throw error("a value");
            }
            char c = text.charAt(pos);
            int at = line;
            if (ellipsisAhead()) {
                pos += ELLIPSIS.length();
                return new Any(at);
            }
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> new Scalar(at, string());
                case 't' -> word("true", Boolean.TRUE);
                case 'f' -> word("false", Boolean.FALSE);
                case 'n' -> word("null", null);
                default -> number();
            };
        }

        private JsonPattern word(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw error("true, false or null");
            }
            pos += word.length();
            return new Scalar(line, value);
        }

        private JsonPattern number() {
            int start = pos;
            while (!atEnd() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw error("a value");
            }
            return new Scalar(line, new BigDecimal(text.substring(start, pos)));
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (true) {
                if (atEnd()) {
                    throw error("the end of a string");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(pos++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private JsonPattern object() {
            Obj object = new Obj(line);
            pos++;
            skipSpace();
            if (text.charAt(pos) == '}') {
                pos++;
                return object;
            }
            while (true) {
                skipSpace();
                if (ellipsisAhead()) {
                    pos += ELLIPSIS.length();
                    object.open = true;
                } else {
                    if (text.charAt(pos) != '"') {
                        throw error("a member name or …");
                    }
                    String name = string();
                    skipSpace();
                    expect(':');
                    object.members.put(name, value());
                }
                skipSpace();
                if (ellipsisAhead() || object.open && !atEnd() && text.charAt(pos) == '"') {
                    continue; // the guide may leave out the comma before or after …
                }
                char c = text.charAt(pos++);
                if (c == '}') {
                    return object;
                }
                if (c != ',') {
                    pos--;
                    throw error("',' or '}'");
                }
            }
        }

        private JsonPattern array() {
            Arr array = new Arr(line);
            pos++;
            skipSpace();
            if (text.charAt(pos) == ']') {
                pos++;
                return array;
            }
            while (true) {
                skipSpace();
                JsonPattern element = value();
                array.elements.add(element instanceof Any any ? new Gap(any.line) : element);
                skipSpace();
                if (ellipsisAhead()
                        || element instanceof Any && !atEnd() && text.charAt(pos) != ',' && text.charAt(pos) != ']') {
                    continue; // the guide may leave out the comma before or after …
                }
                char c = text.charAt(pos++);
                if (c == ']') {
                    return array;
                }
                if (c != ',') {
                    pos--;
                    throw error("',' or ']'");
                }
            }
        }

        private void expect(char expected) {
            if (atEnd() || text.charAt(pos) != expected) {
                throw error("'" + expected + "'");
            }
            pos++;
        }

        private IllegalArgumentException error(String expected) {
            String near = text.substring(pos, Math.min(text.length(), pos + 40));
            return new IllegalArgumentException("line " + line + ": expected " + expected + " at «" + near + "»");
        }
    }

    /** How one answer is compared: what is volatile, and the ids learnt so far. */
    public interface Rules {

        /** Whether a member's value is not compared (it must still be there when the guide shows it). */
        boolean ignored(String member);

        /** Compares two strings once volatile parts (e.g. a revision in {@code 110000/CONTRIBUTION=3}) are masked. */
        default boolean sameText(String guide, String answer) {
            return guide.equals(answer);
        }

        /**
         * An id the guide shows and the service chose: binds the guide's value to the real one for later requests
         * and answers; null if consistent, else why not.
         */
        default String bind(String member, JsonNode guide, JsonNode answer) {
            return "not an id";
        }

        /** Compares a header the guide shows with the real one: null if it matches, else why not. */
        default String header(String name, String guide, String answer) {
            return sameText(guide, answer) ? null : "header " + name + ": guide " + guide + ", service " + answer;
        }

        /** Whether {@code member} is an id bound by {@link #bind}. */
        default boolean bound(String member) {
            return false;
        }
    }

    /** One difference: where in the answer, the guide's line, what. */
    public record Difference(String path, int line, String what) {
        @Override
        public String toString() {
            return "  line " + line + ", " + (path.isEmpty() ? "$" : path) + ": " + what;
        }
    }

    /** The differences between this pattern and a real answer; empty if it matches. */
    public List<Difference> compare(JsonNode answer, Rules rules) {
        List<Difference> out = new ArrayList<>();
        compare(this, answer, "", rules, out);
        return out;
    }

    private static void compare(JsonPattern pattern, JsonNode answer, String path, Rules rules,
            List<Difference> out) {
        if (pattern instanceof Any) {
            return;
        }
        if (pattern instanceof Obj object) {
            compareObject(object, answer, path, rules, out);
        } else if (pattern instanceof Arr array) {
            compareArray(array, answer, path, rules, out);
        } else if (pattern instanceof Scalar scalar) {
            if (!scalarMatches(scalar, answer, rules)) {
                out.add(new Difference(path, pattern.line, "guide " + scalar + ", service " + answer));
            }
        }
    }

    private static void compareObject(Obj object, JsonNode answer, String path, Rules rules, List<Difference> out) {
        if (!answer.isObject()) {
            out.add(new Difference(path, object.line, "guide shows an object, service " + answer));
            return;
        }
        for (Map.Entry<String, JsonPattern> member : object.members.entrySet()) {
            String name = member.getKey();
            String at = path + "." + name;
            JsonNode value = answer.get(name);
            if (value == null) {
                out.add(new Difference(at, member.getValue().line, "the service's answer has no " + name));
            } else if (rules.bound(name) && !(member.getValue() instanceof Any)) {
                String problem = rules.bind(name, literal(member.getValue()), value);
                if (problem != null) {
                    out.add(new Difference(at, member.getValue().line, problem));
                }
            } else if (!rules.ignored(name)) {
                compare(member.getValue(), value, at, rules, out);
            }
        }
        if (!object.open) {
            for (Iterator<String> names = answer.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!object.members.containsKey(name)) {
                    out.add(new Difference(path + "." + name, object.line,
                            "not in the guide (write … to abridge): " + answer.get(name)));
                }
            }
        }
    }

    private static void compareArray(Arr array, JsonNode answer, String path, Rules rules, List<Difference> out) {
        if (!answer.isArray()) {
            out.add(new Difference(path, array.line, "guide shows an array, service " + answer));
            return;
        }
        if (!array.hasGap()) {
            int common = Math.min(array.elements.size(), answer.size());
            for (int i = 0; i < common; i++) {
                compare(array.elements.get(i), answer.get(i), path + "[" + i + "]", rules, out);
            }
            for (int i = common; i < answer.size(); i++) {
                out.add(new Difference(path + "[" + i + "]", array.line, "not in the guide: " + answer.get(i)));
            }
            for (int i = common; i < array.elements.size(); i++) {
                out.add(new Difference(path + "[" + i + "]", array.elements.get(i).line,
                        "the service's answer has no such element"));
            }
            return;
        }
        if (!sequenceMatches(array.elements, 0, answer, 0, rules)) {
            explainSequence(array, answer, path, rules, out);
        }
    }

    /** Whether the elements from {@code p} on match the answer's from {@code a} on, each gap taking 0 or more. */
    private static boolean sequenceMatches(List<JsonPattern> elements, int p, JsonNode answer, int a, Rules rules) {
        if (p == elements.size()) {
            return a == answer.size();
        }
        JsonPattern element = elements.get(p);
        if (element instanceof Gap) {
            for (int next = a; next <= answer.size(); next++) {
                if (sequenceMatches(elements, p + 1, answer, next, rules)) {
                    return true;
                }
            }
            return false;
        }
        return a < answer.size() && compare(element, answer.get(a), rules).isEmpty()
                && sequenceMatches(elements, p + 1, answer, a + 1, rules);
    }

    private static List<Difference> compare(JsonPattern pattern, JsonNode answer, Rules rules) {
        List<Difference> out = new ArrayList<>();
        compare(pattern, answer, "", rules, out);
        return out;
    }

    /** Names the first element that finds no match in order, with its differences to the closest candidate. */
    private static void explainSequence(Arr array, JsonNode answer, String path, Rules rules, List<Difference> out) {
        int a = 0;
        boolean afterGap = false;
        for (JsonPattern element : array.elements) {
            if (element instanceof Gap) {
                afterGap = true;
                continue;
            }
            int found = -1;
            for (int i = a; i < answer.size() && (afterGap || i == a) && found < 0; i++) {
                if (compare(element, answer.get(i), rules).isEmpty()) {
                    found = i;
                }
            }
            if (found < 0) {
                if (a < answer.size()) {
                    compare(element, answer.get(a), path + "[" + a + "]", rules, out);
                } else {
                    out.add(new Difference(path, element.line, "no element of the service's answer left for it"));
                }
                return;
            }
            a = found + 1;
            afterGap = false;
        }
        out.add(new Difference(path, array.line, "the service's answer has more elements than the guide shows"
                + " (end the list with … to abridge): " + answer));
    }

    private static boolean scalarMatches(Scalar scalar, JsonNode answer, Rules rules) {
        Object value = scalar.value;
        if (value == null) {
            return answer.isNull();
        }
        if (value instanceof Boolean bool) {
            return answer.isBoolean() && answer.booleanValue() == bool;
        }
        if (value instanceof BigDecimal number) {
            return answer.isNumber() && number.equals(answer.decimalValue().scale() < 0
                    ? answer.decimalValue().setScale(0) : answer.decimalValue());
        }
        String text = (String) value;
        if (!answer.isTextual()) {
            return false;
        }
        Pattern glob = scalar.glob();
        return glob != null ? glob.matcher(answer.textValue()).matches() || text.equals(answer.textValue())
                : rules.sameText(text, answer.textValue());
    }

    /** The guide's value of a bound id as JSON (a string or a number). */
    private static JsonNode literal(JsonPattern pattern) {
        if (pattern instanceof Scalar scalar && scalar.value != null) {
            return scalar.value instanceof BigDecimal number
                    ? JsonNodeFactory.instance.numberNode(number)
                    : JsonNodeFactory.instance.textNode(scalar.value.toString());
        }
        return NullNode.instance;
    }
}
