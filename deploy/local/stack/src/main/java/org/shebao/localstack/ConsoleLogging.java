package org.shebao.localstack;

import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Sends the JVM's logging (slf4j and JUL, through jboss-logmanager) to standard output at INFO, with
 * some loggers at other levels. Done in code because a configuration file is not honoured on every
 * classpath: on a Quarkus test classpath, quarkus-bootstrap-runner replaces the configurator and holds
 * every record back until a Quarkus application starts, which never happens in our own JVMs.
 */
final class ConsoleLogging {

    /** Held so that the levels are not lost with loggers nobody references. */
    private static List<Logger> configured;

    private ConsoleLogging() {
    }

    static synchronized void configure(Map<String, Level> levels) {
        LogContext context = LogContext.getLogContext();
        ConsoleHandler console = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_OUT,
                new PatternFormatter("%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n"));
        console.setAutoFlush(true);
        Logger root = context.getLogger("");
        root.setHandlers(new Handler[] {console});
        root.setLevel(Level.INFO);
        configured = levels.entrySet().stream().map(entry -> {
            Logger logger = context.getLogger(entry.getKey());
            logger.setLevel(entry.getValue());
            return logger;
        }).toList();
    }
}
