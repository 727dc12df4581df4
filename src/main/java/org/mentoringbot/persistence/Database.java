package org.mentoringbot.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.member.Memberships;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.outbox.Outbox;
import org.mentoringbot.core.program.Programs;
import org.mentoringbot.core.reflection.Reflections;
import org.mentoringbot.core.round.Rounds;
import org.mentoringbot.core.session.Sessions;
import org.mentoringbot.core.summary.SummaryLedgers;
import org.mentoringbot.core.topic.Topics;
import org.mentoringbot.usecase.Repositories;
import org.mentoringbot.usecase.Transactions;

/**
 * The application's database: SQLite by default, PostgreSQL for several instances.
 * Opening it creates or extends the schema, so a fresh machine needs no set-up step.
 */
public final class Database implements Repositories, AutoCloseable {
    private final HikariDataSource dataSource;
    private final EntityManagerFactory entityManagers;
    private final JpaTransactions transactions;

    private Database(HikariDataSource dataSource, EntityManagerFactory entityManagers) {
        this.dataSource = dataSource;
        this.entityManagers = entityManagers;
        this.transactions = new JpaTransactions(entityManagers);
    }

    /**
     * Connects and brings the schema up to date.
     *
     * @throws DatabaseUnavailable with a one-line reason an operator can act on
     */
    public static Database open(String jdbcUrl) {
        JdbcUrl url;
        try {
            url = JdbcUrl.of(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new DatabaseUnavailable("the database URL " + e.getMessage(), e);
        }
        url.prepareSqliteFile();
        HikariDataSource dataSource = null;
        try {
            dataSource = new HikariDataSource(poolFor(url));
            try (Connection connection = dataSource.getConnection()) {
                if (url.isSqlite()) {
                    // Fails here, not on the first user's command, when the file is read-only.
                    connection.createStatement().execute("PRAGMA user_version = 0");
                }
            }
            EntityManagerFactory factory = Persistence.createEntityManagerFactory("mentoring", jpaProperties(url, dataSource));
            factory.createEntityManager().close(); // logs in and creates the schema now
            return new Database(dataSource, factory);
        } catch (DatabaseUnavailable e) {
            throw e;
        } catch (Exception e) {
            if (dataSource != null) {
                dataSource.close();
            }
            throw new DatabaseUnavailable("cannot open the database: " + rootMessage(e), e);
        }
    }

    private static HikariConfig poolFor(JdbcUrl url) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url.withDefaults());
        pool.setPoolName("mentoring-db");
        // An in-memory SQLite database lives in one connection; more would each see an empty one.
        pool.setMaximumPoolSize(url.isInMemory() ? 1 : url.isSqlite() ? 4 : 10);
        pool.setConnectionTimeout(10_000);
        pool.setInitializationFailTimeout(-1); // we test the first connection ourselves, with a clear message
        return pool;
    }

    private static Map<String, Object> jpaProperties(JdbcUrl url, HikariDataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.target-database",
                url.isSqlite() ? SQLitePlatform.class.getName() : "org.eclipse.persistence.platform.database.PostgreSQLPlatform");
        properties.put("eclipselink.ddl-generation", "create-or-extend-tables");
        properties.put("eclipselink.ddl-generation.output-mode", "database");
        // Several instances may share PostgreSQL: a per-process entity cache would go stale.
        properties.put("eclipselink.cache.shared.default", "false");
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.logger", "JavaLogger");
        // A unique-key race is expected and retried by JpaTransactions; at WARNING EclipseLink would
        // print a stack trace for each. Real failures still reach our code as exceptions.
        properties.put("eclipselink.logging.level", "SEVERE");
        return properties;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Programs programs() {
        return new JpaPrograms(transactions);
    }

    @Override
    public Rounds rounds() {
        return new JpaRounds(transactions);
    }

    @Override
    public Memberships memberships() {
        return new JpaMemberships(transactions);
    }

    @Override
    public Leaders leaders() {
        return new JpaLeaders(transactions);
    }

    @Override
    public Groups groups() {
        return new JpaGroups(transactions);
    }

    @Override
    public Sessions sessions() {
        return new JpaSessions(transactions);
    }

    @Override
    public Topics topics() {
        return new JpaTopics(transactions);
    }

    @Override
    public Reflections reflections() {
        return new JpaReflections(transactions);
    }

    @Override
    public SummaryLedgers summaryLedgers() {
        return new JpaSummaryLedgers(transactions);
    }

    public Outbox outbox() {
        return new JpaOutbox(transactions);
    }

    /** True when a connection answers within two seconds; for health checks. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        entityManagers.close();
        dataSource.close();
    }
}
