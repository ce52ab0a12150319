package org.shebao.localstack.transcript;

import java.util.List;
import java.util.Map;

/**
 * One {@code curl} of the API guide and the answer the guide shows after it.
 *
 * @param line the guide's line of the {@code curl}
 * @param section the heading the {@code curl} is under
 * @param port the port of the URL: which service is called
 * @param method the HTTP method
 * @param pathAndQuery as written, with shell variables such as {@code $EDITOR} not yet replaced
 * @param headers the {@code -H} headers, in order
 * @param body the {@code -d} or {@code --data-binary} body; null without one, or when the file it names is not
 *     written in the guide
 * @param bodyFile the file of {@code --data-binary @file}; null without one
 * @param answer what the guide shows; null when it shows nothing for this {@code curl}
 */
public record Transcript(int line, String section, int port, String method, String pathAndQuery,
        List<Map.Entry<String, String>> headers, String body, String bodyFile, Answer answer) {

    /**
     * The answer as the guide shows it: any of status line, headers and body.
     *
     * @param line the guide's line where it starts
     * @param status null when the guide shows no status line
     * @param headers the headers shown (a subset of the real ones)
     * @param body the JSON values shown: one for a JSON answer, one per line for NDJSON; empty when none is shown
     */
    public record Answer(int line, Integer status, List<Map.Entry<String, String>> headers, List<JsonPattern> body) {
    }

    /** The same request with the body of {@link #bodyFile}, for a file the guide describes but does not show. */
    public Transcript withBody(String content) {
        return new Transcript(line, section, port, method, pathAndQuery, headers, content, bodyFile, answer);
    }

    @Override
    public String toString() {
        return "docs/api.md:" + line + " " + method + " " + pathAndQuery;
    }
}
