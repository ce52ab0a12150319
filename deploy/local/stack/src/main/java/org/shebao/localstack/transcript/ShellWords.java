package org.shebao.localstack.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell script into commands and words the way a POSIX shell does for what the guide writes: single and
 * double quotes (a quoted string may span lines), backslash-newline continuations, {@code #} comments. Variables
 * ({@code $EDITOR}) are left in the words for the caller to replace.
 */
final class ShellWords {

    /** A command, the line it starts on and its words. */
    record Command(int line, List<String> words) {
    }

    private ShellWords() {
    }

    static List<Command> commands(String script, int firstLine) {
        List<Command> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int line = firstLine;
        int commandLine = firstLine;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\\' && i + 1 < script.length() && script.charAt(i + 1) == '\n') {
                i++;
                line++;
                word = flush(word, words);
            } else if (c == '\n' || c == ';') {
                word = flush(word, words);
                if (!words.isEmpty()) {
                    commands.add(new Command(commandLine, List.copyOf(words)));
                    words.clear();
                }
                if (c == '\n') {
                    line++;
                }
                commandLine = line;
            } else if (Character.isWhitespace(c)) {
                word = flush(word, words);
            } else if (c == '#' && word == null) {
                while (i + 1 < script.length() && script.charAt(i + 1) != '\n') {
                    i++;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                    if (words.isEmpty()) {
                        commandLine = line;
                    }
                }
                if (c == '\'' || c == '"') {
                    int end = script.indexOf(c, i + 1);
                    while (c == '"' && script.charAt(end - 1) == '\\') {
                        end = script.indexOf(c, end + 1);
                    }
                    String quoted = script.substring(i + 1, end);
                    line += (int) quoted.chars().filter(ch -> ch == '\n').count();
                    word.append(c == '"' ? quoted.replace("\\\"", "\"").replace("\\$", "$") : quoted);
                    i = end;
                } else if (c == '\\' && i + 1 < script.length()) {
                    word.append(script.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        flush(word, words);
        if (!words.isEmpty()) {
            commands.add(new Command(commandLine, List.copyOf(words)));
        }
        return commands;
    }

    private static StringBuilder flush(StringBuilder word, List<String> words) {
        if (word != null) {
            words.add(word.toString());
        }
        return null;
    }
}
