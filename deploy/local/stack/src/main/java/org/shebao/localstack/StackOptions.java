package org.shebao.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line of {@link LocalStack}; a later option overrides an earlier one. */
record StackOptions(Path repoRoot, Path dataDir, int pgPort, int kafkaPort, int kafkaControllerPort,
        int policyPort, int calcPort, boolean reset, boolean help) {

    static final String USAGE = """
            usage: LocalStack --repo-root DIR [options]
              --data-dir DIR                state of the stack (default: DIR/deploy/local/.data)
              --pg-port N                   PostgreSQL (default 55432)
              --kafka-port N                Kafka PLAINTEXT listener (default 9092)
              --kafka-controller-port N     Kafka KRaft controller (default 9093)
              --policy-port N               policy-service HTTP (default 8081)
              --calc-port N                 calc-service HTTP (default 8082)
              --reset                       delete the data directory's content first
              --help                        this text""";

    private static final List<String> VALUED = List.of("--repo-root", "--data-dir", "--pg-port", "--kafka-port",
            "--kafka-controller-port", "--policy-port", "--calc-port");

    /** @throws IllegalArgumentException with a message for the user when the command line is wrong */
    static StackOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        boolean reset = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--reset")) {
                reset = true;
            } else if (option.equals("--help") || option.equals("-h")) {
                help = true;
            } else if (VALUED.contains(option) && i + 1 < args.length) {
                values.put(option, args[++i]);
            } else {
                throw new IllegalArgumentException(VALUED.contains(option)
                        ? option + " needs a value" : "unknown option " + option);
            }
        }
        if (help) {
            return new StackOptions(null, null, 0, 0, 0, 0, 0, false, true);
        }
        if (!values.containsKey("--repo-root")) {
            throw new IllegalArgumentException("--repo-root is required");
        }
        Path repoRoot = Path.of(values.get("--repo-root")).toAbsolutePath().normalize();
        Path dataDir = values.containsKey("--data-dir")
                ? Path.of(values.get("--data-dir")).toAbsolutePath().normalize()
                : repoRoot.resolve("deploy/local/.data");
        return new StackOptions(repoRoot, dataDir,
                port(values, "--pg-port", 55432),
                port(values, "--kafka-port", 9092),
                port(values, "--kafka-controller-port", 9093),
                port(values, "--policy-port", 8081),
                port(values, "--calc-port", 8082),
                reset, false);
    }

    private static int port(Map<String, String> values, String option, int defaultPort) {
        String value = values.get(option);
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a port number (1-65535), not " + value);
    }
}
