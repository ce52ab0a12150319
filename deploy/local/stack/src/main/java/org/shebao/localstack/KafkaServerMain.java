package org.shebao.localstack;

import java.util.Map;
import java.util.logging.Level;

import kafka.tools.StorageTool;

/**
 * Main class of the broker JVM started by {@link KafkaBroker}, with the arguments
 * {@code <server.properties> [<cluster id>]}: sets up logging, formats the storage when given a
 * cluster id (as {@code kafka-storage.sh format} would, without starting one more JVM), then runs
 * {@code kafka.Kafka}.
 */
public final class KafkaServerMain {

    /** Quiet, except for the lines that say the broker started, stopped or recovered its logs. */
    private static final Map<String, Level> LEVELS = Map.of(
            "kafka", Level.WARNING,
            "org.apache.kafka", Level.WARNING,
            "state.change.logger", Level.WARNING,
            "kafka.server.KafkaRaftServer", Level.INFO,
            "kafka.server.BrokerServer", Level.INFO,
            "kafka.server.ControllerServer", Level.INFO,
            "kafka.log.LogManager", Level.INFO);

    private KafkaServerMain() {
    }

    public static void main(String[] args) {
        ConsoleLogging.configure(LEVELS);
        String serverProperties = args[0];
        if (args.length > 1) {
            int exitCode = StorageTool.execute(new String[] {"format", "-t", args[1], "-c", serverProperties}, System.out);
            if (exitCode != 0) {
                System.exit(exitCode);
            }
        }
        kafka.Kafka.main(new String[] {serverProperties});
    }
}
