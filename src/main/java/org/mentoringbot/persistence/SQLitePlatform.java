package org.mentoringbot.persistence;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.queries.ValueReadQuery;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition.DatabaseType;

/**
 * EclipseLink has no SQLite platform and the generic one silently misbehaves on it: identity
 * falls back to a sequence table that is never created, unique constraints added by ALTER TABLE
 * are dropped, and pagination is ignored. This platform fixes exactly those.
 */
public class SQLitePlatform extends DatabasePlatform {
    private static final long serialVersionUID = 1L;

    @Override
    protected Map<Class<?>, DatabaseType> buildDatabaseTypes() {
        Map<Class<?>, DatabaseType> types = new HashMap<>(super.buildDatabaseTypes());
        // A primary key declared exactly INTEGER is an alias for the rowid, so it numbers itself.
        DatabaseType integer = new DatabaseType("INTEGER", false);
        types.put(Long.class, integer);
        types.put(Integer.class, integer);
        types.put(Short.class, integer);
        types.put(Boolean.class, new DatabaseType("BOOLEAN", false));
        return types;
    }

    @Override
    public boolean supportsIdentity() {
        return true;
    }

    @Override
    public ValueReadQuery buildSelectQueryForIdentity() {
        return new ValueReadQuery("SELECT last_insert_rowid()");
    }

    @Override
    public void printFieldIdentityClause(Writer writer) {
        // Nothing: INTEGER PRIMARY KEY already numbers rows, and AUTOINCREMENT is not needed.
    }

    @Override
    public boolean requiresUniqueConstraintCreationOnTableCreate() {
        return true;
    }

    @Override
    public boolean supportsForeignKeyConstraints() {
        return false;
    }

    @Override
    public boolean supportsLocalTempTables() {
        return false;
    }

    @Override
    public boolean supportsGlobalTempTables() {
        return false;
    }

    @Override
    public boolean shouldPrintForUpdateClause() {
        // SQLite locks the whole database per transaction; there is no row lock clause.
        return false;
    }

    @Override
    public String getSelectForUpdateString() {
        return "";
    }

    @Override
    public int computeMaxRowsForSQL(int firstResultIndex, int maxResults) {
        // EclipseLink passes first+max as maxResults; LIMIT wants the count.
        return maxResults - firstResultIndex;
    }

    @Override
    public void printSQLSelectStatement(DatabaseCall call, ExpressionSQLPrinter printer, SQLSelectStatement statement) {
        int max = 0;
        int first = 0;
        if (statement.getQuery() != null) {
            max = statement.getQuery().getMaxRows();
            first = statement.getQuery().getFirstResult();
        }
        if (max <= 0 && first <= 0) {
            super.printSQLSelectStatement(call, printer, statement);
            return;
        }
        statement.setUseUniqueFieldAliases(true);
        call.setFields(statement.printSQL(printer));
        printer.printString(" LIMIT ");
        if (max > 0) {
            printer.printParameter(DatabaseCall.MAXROW_FIELD);
        } else {
            printer.printString("-1");
        }
        printer.printString(" OFFSET ");
        printer.printParameter(DatabaseCall.FIRSTRESULT_FIELD);
        call.setIgnoreFirstRowSetting(true);
        call.setIgnoreMaxResultsSetting(true);
    }

    @Override
    public void writeTableCreationSuffix(Writer writer, String tableCreationSuffix) throws IOException {
        // SQLite takes no storage options after CREATE TABLE.
    }
}
