package org.shebao.localstack.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code curl} transcripts of the API guide (Markdown). A transcript is a {@code ```bash} block with one
 * or more {@code curl} commands, followed by what they answered, in the next blocks (before the next heading):
 * <ul>
 * <li>an optional headers block ({@code ```http} or a bare fence) with a status line and/or the headers worth
 * showing, and after a blank line possibly the body;</li>
 * <li>a {@code ```json} block with the body, if the headers block had none. With several {@code curl}s in one block,
 * the answers follow in the same order: one status line each in a headers block, or one JSON value each.</li>
 * </ul>
 * A {@code --data-binary @file} body is a heredoc of the same block ({@code cat > file <<'EOF'}) or a block whose
 * info string names it, {@code ```json file=draft.json}; a file the guide only describes is left to the test
 * ({@link Transcript#withBody}). A token line {@code EDITOR=$(deploy/local/token.sh alice
 * policy-editor)} names a user and roles, for the test to make such a token ({@link #tokens()}).
 */
public final class GuideTranscripts {

    private static final Pattern FENCE = Pattern.compile("^```\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^#{2,3} (.*)$");
    private static final Pattern FILE_INFO = Pattern.compile("\\bfile=(\\S+)");
    private static final Pattern HEREDOC = Pattern.compile("cat > (\\S+) <<'(\\w+)'\\n(.*?\\n)\\2\\n",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("(\\w+)=\\$\\(deploy/local/token\\.sh ([^)]*)\\)");
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/[\\d.]+ (\\d{3})\\b.*$");
    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*): ?(.*)$");
    private static final Integer NO_CONTENT = 204;
    private static final Pattern URL = Pattern.compile("^https?://[^/:]+:(\\d+)(/.*)$");

    /** A fenced block: its info string, first content line and text. */
    private record Block(String info, int firstLine, String text, String section) {
        boolean isBash() {
            return info.equals("bash");
        }

        boolean isRequestFile() {
            return FILE_INFO.matcher(info).find();
        }
    }

    private final List<Transcript> transcripts = new ArrayList<>();
    private final Map<String, List<String>> tokens = new LinkedHashMap<>();
    private final Map<String, String> files = new HashMap<>();

    private GuideTranscripts(List<Block> blocks) {
        for (Block block : blocks) {
            Matcher file = FILE_INFO.matcher(block.info());
            if (file.find()) {
                files.put(file.group(1), block.text());
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isBash()) {
                readBash(block, blocks.subList(i + 1, blocks.size()));
            }
        }
    }

    /** Every transcript of the guide at {@code path}, in the order of the guide. */
    public static GuideTranscripts read(Path path) {
        try {
            return new GuideTranscripts(blocks(Files.readAllLines(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Transcript> transcripts() {
        return transcripts;
    }

    /** The request files the guide shows ({@code ```json file=draft.json}): name → content. */
    public Map<String, String> files() {
        return files;
    }

    /** The token variables the guide defines: name → user followed by roles. */
    public Map<String, List<String>> tokens() {
        return tokens;
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i));
            if (heading.matches()) {
                section = heading.group(1);
                continue;
            }
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            int first = i + 1;
            StringBuilder text = new StringBuilder();
            for (i = first; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                text.append(lines.get(i)).append('\n');
            }
            blocks.add(new Block(fence.group(1).trim(), first + 1, text.toString(), section));
        }
        return blocks;
    }

    private void readBash(Block bash, List<Block> following) {
        Map<String, String> localFiles = new HashMap<>(files);
        String text = bash.text();
        Matcher heredoc = HEREDOC.matcher(text);
        while (heredoc.find()) {
            localFiles.put(heredoc.group(1), heredoc.group(3));
        }
        text = blankOut(text, HEREDOC);
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.put(token.group(1), List.of(token.group(2).trim().split("\\s+")));
        }
        List<Transcript> curls = new ArrayList<>();
        for (ShellWords.Command command : ShellWords.commands(text, bash.firstLine())) {
            if (!command.words().isEmpty() && command.words().get(0).equals("curl")) {
                curls.add(curl(command, bash.section(), localFiles));
            }
        }
        if (curls.isEmpty()) {
            return;
        }
        List<Transcript.Answer> answers = answers(following, bash.section(), curls.size());
        for (int i = 0; i < curls.size(); i++) {
            Transcript curl = curls.get(i);
            transcripts.add(new Transcript(curl.line(), curl.section(), curl.port(), curl.method(),
                    curl.pathAndQuery(), curl.headers(), curl.body(), curl.bodyFile(), i < answers.size() ? answers.get(i) : null));
        }
    }

    /** Keeps line numbers: a matched region becomes as many empty lines. */
    private static String blankOut(String text, Pattern pattern) {
        return pattern.matcher(text).replaceAll(match -> "\n".repeat((int) match.group().chars()
                .filter(c -> c == '\n').count()));
    }

    private static Transcript curl(ShellWords.Command command, String section, Map<String, String> files) {
        String method = null;
        String url = null;
        String body = null;
        String bodyFile = null;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        List<String> words = command.words();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-s", "-i", "-S", "-sS", "-si" -> {
                }
                case "-X", "--request" -> method = words.get(++i);
                case "-H", "--header" -> {
                    String header = words.get(++i);
                    int colon = header.indexOf(':');
                    headers.add(Map.entry(header.substring(0, colon).trim(), header.substring(colon + 1).trim()));
                }
                case "-d", "--data", "--data-raw", "--data-binary" -> {
                    String data = words.get(++i);
                    if (data.startsWith("@")) {
                        bodyFile = data.substring(1);
                        body = files.get(bodyFile);
                    } else {
                        body = data;
                    }
                }
                default -> {
                    if (!word.startsWith("http")) {
                        throw new IllegalArgumentException("docs/api.md:" + command.line()
                                + ": curl option not understood: " + word);
                    }
                    url = word;
                }
            }
        }
        Matcher matcher = URL.matcher(url == null ? "" : url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("docs/api.md:" + command.line() + ": no URL with a port: " + url);
        }
        if (method == null) {
            method = body == null ? "GET" : "POST";
        }
        return new Transcript(command.line(), section, Integer.parseInt(matcher.group(1)), method, matcher.group(2),
                List.copyOf(headers), body, bodyFile, null);
    }

    /** The answers shown for {@code count} curls: the blocks right after them, within the same section. */
    private static List<Transcript.Answer> answers(List<Block> following, String section, int count) {
        List<Transcript.Answer> answers = new ArrayList<>();
        for (Block block : following) {
            if (block.isRequestFile()) {
                continue;
            }
            if (block.isBash() || !block.section().equals(section)) {
                break;
            }
            if (block.info().equals("json") || block.info().startsWith("json ")) {
                List<JsonPattern> values = JsonPattern.parseAll(block.text(), block.firstLine());
                if (!answers.isEmpty() && answers.get(answers.size() - 1).body().isEmpty()) {
                    Transcript.Answer last = answers.remove(answers.size() - 1);
                    answers.add(new Transcript.Answer(last.line(), last.status(), last.headers(), values));
                } else if (count > 1) {
                    values.forEach(value -> answers.add(new Transcript.Answer(value.line, null, List.of(),
                            List.of(value))));
                } else {
                    answers.add(new Transcript.Answer(block.firstLine(), null, List.of(), values));
                }
                break;
            }
            if (!block.info().isEmpty() && !block.info().equals("http")) {
                break;
            }
            answers.addAll(httpAnswers(block));
            Transcript.Answer last = answers.get(answers.size() - 1);
            if (answers.size() >= count && (!last.body().isEmpty() || NO_CONTENT.equals(last.status()))) {
                break;
            }
        }
        return answers;
    }

    /** A headers block: for each status line (or once, without one) headers, a blank line and maybe a body. */
    private static List<Transcript.Answer> httpAnswers(Block block) {
        List<Transcript.Answer> answers = new ArrayList<>();
        String[] lines = block.text().split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int start = i;
            Integer status = null;
            Matcher statusLine = STATUS_LINE.matcher(lines[i]);
            if (statusLine.matches()) {
                status = Integer.valueOf(statusLine.group(1));
                i++;
            }
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (; i < lines.length && !lines[i].isBlank(); i++) {
                Matcher header = HEADER_LINE.matcher(lines[i]);
                if (!header.matches()) {
                    throw new IllegalArgumentException("docs/api.md:" + (block.firstLine() + i)
                            + ": neither a header nor a blank line: " + lines[i]);
                }
                headers.add(Map.entry(header.group(1), header.group(2).trim()));
            }
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            int bodyStart = i;
            StringBuilder body = new StringBuilder();
            for (; i < lines.length && !STATUS_LINE.matcher(lines[i]).matches(); i++) {
                body.append(lines[i]).append('\n');
            }
            answers.add(new Transcript.Answer(block.firstLine() + start, status, List.copyOf(headers),
                    JsonPattern.parseAll(body.toString(), block.firstLine() + bodyStart)));
        }
        return answers;
    }
}
