package org.sourcewiki.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Writes one table's rows back, checks them against the manifest, and lets identity columns go on after them. */
final class Restorer {
    private static final int BATCH = 500;
    // The zip stream goes on after each table: closing a parser must not close it.
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private Restorer() {
    }

    static long insertRows(Connection connection, WikiArchive.Table table, InputStream entry, List<Runnable> deferred)
            throws SQLException, IOException {
        MessageDigest sha = WikiArchive.sha256();
        DigestInputStream digesting = new DigestInputStream(entry, sha);
        List<WikiArchive.Column> columns = table.columns();
        StringBuilder sql = new StringBuilder("insert into ").append(Schema.quote(table.name())).append(" (");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(Schema.quote(columns.get(i).name()));
            values.append(i == 0 ? "" : ", ").append("cast(? as ").append(columns.get(i).type()).append(")");
        }
        sql.append(") overriding system value values (").append(values).append(")");
        List<List<String>> later = new ArrayList<>();
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql.toString());
             JsonParser parser = JSON.createParser(digesting)) {
            int pending = 0;
            for (List<String> row = WikiArchive.readRow(parser, columns.size()); row != null;
                 row = WikiArchive.readRow(parser, columns.size())) {
                boolean hasDeferred = false;
                for (int i = 0; i < columns.size(); i++) {
                    boolean defer = table.deferredColumns().contains(columns.get(i).name()) && row.get(i) != null;
                    hasDeferred |= defer;
                    insert.setString(i + 1, defer ? null : row.get(i));
                }
                if (hasDeferred) {
                    later.add(row);
                }
                insert.addBatch();
                rows++;
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        digesting.transferTo(OutputStream.nullOutputStream());
        String digest = HexFormat.of().formatHex(sha.digest());
        if (!digest.equals(table.sha256()) || rows != table.rows()) {
            throw new IOException("the data of table " + table.name() + " does not match the manifest (" + rows
                    + " rows, sha-256 " + digest + "): the export file is damaged");
        }
        if (!later.isEmpty()) {
            deferred.add(() -> fillDeferred(connection, table, later));
        }
        return rows;
    }

    /** Sets the columns that were restored empty to break a foreign key cycle, now that their targets exist. */
    private static void fillDeferred(Connection connection, WikiArchive.Table table, List<List<String>> rows) {
        List<WikiArchive.Column> columns = table.columns();
        List<Integer> set = new ArrayList<>();
        List<Integer> key = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (table.deferredColumns().contains(columns.get(i).name())) {
                set.add(i);
            }
            if (table.primaryKey().contains(columns.get(i).name())) {
                key.add(i);
            }
        }
        StringBuilder sql = new StringBuilder("update ").append(Schema.quote(table.name())).append(" set ");
        for (int j = 0; j < set.size(); j++) {
            WikiArchive.Column column = columns.get(set.get(j));
            sql.append(j == 0 ? "" : ", ").append(Schema.quote(column.name())).append(" = cast(? as ")
                    .append(column.type()).append(")");
        }
        sql.append(" where ");
        for (int j = 0; j < key.size(); j++) {
            WikiArchive.Column column = columns.get(key.get(j));
            sql.append(j == 0 ? "" : " and ").append(Schema.quote(column.name())).append(" = cast(? as ")
                    .append(column.type()).append(")");
        }
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            for (List<String> row : rows) {
                int parameter = 1;
                for (int index : set) {
                    update.setString(parameter++, row.get(index));
                }
                for (int index : key) {
                    update.setString(parameter++, row.get(index));
                }
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not fill in " + table.deferredColumns() + " of " + table.name()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Identity columns continue after the largest restored id, so new revisions never reuse an old id. */
    static void resetIdentities(Connection connection, List<WikiArchive.Table> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (WikiArchive.Table table : tables) {
                try (var identities = statement.executeQuery("""
                        select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relname = '%s' and a.attidentity <> ''
                        """.formatted(table.name().replace("'", "''")))) {
                    List<String> names = new ArrayList<>();
                    while (identities.next()) {
                        names.add(identities.getString(1));
                    }
                    for (String column : names) {
                        try (Statement reset = connection.createStatement()) {
                            reset.execute("select setval(pg_get_serial_sequence('" + Schema.quote(table.name()).replace("'", "''")
                                    + "', '" + column.replace("'", "''") + "'), coalesce((select max(" + Schema.quote(column)
                                    + ") from " + Schema.quote(table.name()) + "), 0) + 1, false)");
                        }
                    }
                }
            }
        }
    }
}
