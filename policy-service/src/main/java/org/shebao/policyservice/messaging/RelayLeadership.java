package org.shebao.policyservice.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Only one relay at a time may send, or two replicas could interleave the events of one key. The leader holds a
 * PostgreSQL session advisory lock on a connection of its own; if that connection dies, the lock is released and
 * another replica takes over.
 */
@ApplicationScoped
public class RelayLeadership {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);
    /** An arbitrary constant naming this lock among the database's advisory locks. */
    private static final long LOCK_KEY = 0x706f6c6963790001L;

    @Inject
    DataSource dataSource;

    private Connection connection;

    /** True while this instance holds the lock; tries to take it when it does not. */
    public synchronized boolean holdOrAcquire() {
        try {
            if (connection != null && connection.isValid(2)) {
                return true;
            }
            release();
            Connection candidate = dataSource.getConnection();
            try (PreparedStatement statement = candidate.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, LOCK_KEY);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        connection = candidate;
                        LOG.info("this instance now relays the outbox");
                        return true;
                    }
                }
            }
            candidate.close();
        } catch (SQLException e) {
            LOG.warnf("cannot take the outbox relay lock: %s", e.getMessage());
            release();
        }
        return false;
    }

    /** Unlocks before the connection goes back to the pool, where the lock would otherwise stay with its session. */
    public synchronized void release() {
        if (connection != null) {
            try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                statement.setLong(1, LOCK_KEY);
                statement.execute();
            } catch (SQLException e) {
                LOG.debug("the relay lock connection is gone, and its lock with it", e);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the relay lock connection failed", e);
            }
            connection = null;
        }
    }

    public synchronized boolean isLeader() {
        return connection != null;
    }
}
