package org.mentoringbot.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before connecting, a SQLite file that can't be written is reported with what to fix: the file, or its folder. */
class JdbcUrlTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileInAFolderThatCannotBeWrittenBlamesTheFolder() {
        Path file = dir.resolve("m.db");
        JdbcUrl url = JdbcUrl.of("jdbc:sqlite:" + file);

        var failure = assertThrows(DatabaseUnavailable.class, () -> url.prepareSqliteFile(path -> !path.equals(dir)));

        assertEquals("cannot create the database file " + file + ": the folder " + dir + " is not writable", failure.getMessage());
    }

    @Test
    void anExistingFileThatCannotBeWrittenBlamesTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("m.db"), "");
        JdbcUrl url = JdbcUrl.of("jdbc:sqlite:" + file);

        var failure = assertThrows(DatabaseUnavailable.class, () -> url.prepareSqliteFile(path -> !path.equals(file)));

        assertEquals("the database file " + file + " is not writable", failure.getMessage());
    }

    @Test
    void anExistingWritableFileInAReadOnlyFolderIsFine() throws Exception {
        Path file = Files.writeString(dir.resolve("m.db"), "");

        assertDoesNotThrow(() -> JdbcUrl.of("jdbc:sqlite:" + file).prepareSqliteFile(path -> !path.equals(dir)));
    }
}
