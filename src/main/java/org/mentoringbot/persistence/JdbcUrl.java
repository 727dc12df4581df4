package org.mentoringbot.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

/** What we need to know about a configured JDBC URL before connecting to it. */
record JdbcUrl(String value) {
    // Measured here: WAL and busy_timeout alone still gave SQLITE_BUSY on read-then-write
    // transactions; taking the write lock at BEGIN (IMMEDIATE) made concurrent writers queue.
    private static final String SQLITE_DEFAULTS = "journal_mode=WAL&busy_timeout=10000&transaction_mode=IMMEDIATE";

    static JdbcUrl of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        JdbcUrl url = new JdbcUrl(value.strip());
        if (!url.isSqlite() && !url.isPostgres()) {
            throw new IllegalArgumentException("must start with jdbc:sqlite: or jdbc:postgresql:");
        }
        return url;
    }

    boolean isSqlite() {
        return value.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlite:");
    }

    boolean isPostgres() {
        return value.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    boolean isInMemory() {
        return isSqlite() && (sqliteFile().isEmpty() || sqliteFile().contains(":memory:") || value.contains("mode=memory"));
    }

    /** The database file of a SQLite URL, as written (relative paths are relative to the working directory). */
    String sqliteFile() {
        String rest = value.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        return file.startsWith("file:") ? file.substring("file:".length()) : file;
    }

    /** The URL with our SQLite settings added, unless the operator chose their own. */
    String withDefaults() {
        if (!isSqlite() || value.contains("transaction_mode=")) {
            return value;
        }
        return value + (value.contains("?") ? "&" : "?") + SQLITE_DEFAULTS;
    }

    /** Creates the SQLite file's folder, and says clearly when it can't be written. */
    void prepareSqliteFile() {
        prepareSqliteFile(Files::isWritable);
    }

    /** As {@link #prepareSqliteFile()}, with what counts as writable given (a test runs as root, who may write anywhere). */
    void prepareSqliteFile(Predicate<Path> writable) {
        if (!isSqlite() || isInMemory()) {
            return;
        }
        Path file = Path.of(sqliteFile()).toAbsolutePath();
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new DatabaseUnavailable("cannot create the folder " + folder + " for the database file", e);
        }
        if (Files.exists(file) && !writable.test(file)) {
            throw new DatabaseUnavailable("the database file " + file + " is not writable", null);
        }
        if (!Files.exists(file) && !writable.test(folder)) {
            throw new DatabaseUnavailable("cannot create the database file " + file + ": the folder " + folder + " is not writable",
                    null);
        }
    }
}
