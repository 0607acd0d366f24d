package org.sourcewiki.backup;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The whole wiki as one portable file, and back: a zip holding {@code manifest.json} (format, schema version, and
 * per table its columns, primary key, row count and the sha-256 of its data) and {@code tables/{name}.jsonl}, one
 * JSON array per row, in primary-key order, each value PostgreSQL's own text form of it (so bytea, jsonb,
 * tsvector, timestamps in UTC, all come back exactly). Every table of the schema is included, whatever later
 * migrations add, except sign-in state (sessions, throttle counters), the cache generation counter and Flyway's own history.
 *
 * <p>Export reads one consistent snapshot (a repeatable-read, read-only transaction), so it can run while the wiki
 * serves. The archive is deterministic: the same wiki gives the same bytes (no timestamps inside), which is what
 * makes {@code export → restore → export} checkable byte for byte. Restore writes into an empty database in one
 * transaction, with the same ids (so revision permalinks and digests stay), in an order that satisfies foreign
 * keys; a cycle (page ↔ current revision) is broken at a nullable column, filled in afterwards.
 */
public final class WikiArchive {
    public static final String FORMAT = "sourcewiki-export";
    public static final int FORMAT_VERSION = 1;
    static final Set<String> EXCLUDED = Set.of("session", "login_throttle", "flyway_schema_history", "content_generation");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WikiArchive() {
    }

    /** One table as the manifest describes it. */
    public record Table(String name, List<Column> columns, List<String> primaryKey, List<String> deferredColumns,
                        long rows, String sha256) {
    }

    public record Column(String name, String type) {
    }

    public record Manifest(String format, int formatVersion, String schemaVersion, List<Table> tables) {
    }

    /** Writes the archive of the database behind this connection; returns its manifest. */
    public static Manifest export(Connection connection, String schemaVersion, OutputStream out)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement settings = connection.createStatement()) {
            settings.execute("set transaction isolation level repeatable read read only");
            settings.execute("set local timezone = 'UTC'");
            settings.execute("set local datestyle = 'ISO, YMD'");
            settings.execute("set local bytea_output = 'hex'");
            settings.execute("set local extra_float_digits = 1");
            List<Table> plan = Schema.exportOrder(connection, EXCLUDED);
            List<Table> written = new ArrayList<>();
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.setLevel(6);
            for (Table table : plan) {
                zip.putNextEntry(entry("tables/" + table.name() + ".jsonl"));
                written.add(writeRows(connection, table, zip));
                zip.closeEntry();
            }
            Manifest manifest = new Manifest(FORMAT, FORMAT_VERSION, schemaVersion, written);
            zip.putNextEntry(entry("manifest.json"));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            connection.commit();
            return manifest;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // deterministic bytes: no export time inside the archive
        return entry;
    }

    private static Table writeRows(Connection connection, Table table, OutputStream zip) throws SQLException, IOException {
        MessageDigest sha = sha256();
        OutputStream digesting = new DigestOutputStream(new NonClosing(zip), sha);
        long rows = 0;
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < table.columns().size(); i++) {
            select.append(i == 0 ? "" : ", ").append(Schema.quote(table.columns().get(i).name())).append("::text");
        }
        // Ordered by the table's own columns (t."id"), not by the text the select makes of them: "id"::text would
        // put revision 12 before revision 9.
        select.append(" from ").append(Schema.quote(table.name())).append(" as t order by ");
        List<String> order = table.primaryKey().isEmpty()
                ? table.columns().stream().map(Column::name).toList() : table.primaryKey();
        for (int i = 0; i < order.size(); i++) {
            select.append(i == 0 ? "" : ", ").append("t.").append(Schema.quote(order.get(i)));
        }
        try (PreparedStatement statement = connection.prepareStatement(select.toString())) {
            statement.setFetchSize(1000);
            try (ResultSet result = statement.executeQuery();
                 JsonGenerator json = JSON.getFactory().createGenerator(digesting)) {
                json.setPrettyPrinter(null);
                while (result.next()) {
                    json.writeStartArray();
                    for (int i = 1; i <= table.columns().size(); i++) {
                        json.writeString(result.getString(i));
                    }
                    json.writeEndArray();
                    json.writeRaw('\n');
                    rows++;
                }
            }
        }
        return new Table(table.name(), table.columns(), table.primaryKey(), table.deferredColumns(), rows,
                HexFormat.of().formatHex(sha.digest()));
    }

    /** Reads the manifest of an archive (its last entry), or fails saying what is wrong with the file. */
    public static Manifest readManifest(InputStream archive) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(archive, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("manifest.json")) {
                    Manifest manifest = JSON.readValue(zip.readAllBytes(), Manifest.class);
                    if (!FORMAT.equals(manifest.format()) || manifest.formatVersion() != FORMAT_VERSION) {
                        throw new IOException("not a Sourcewiki export of format version " + FORMAT_VERSION);
                    }
                    return manifest;
                }
            }
        } catch (JacksonException e) {
            throw new IOException("the manifest of the export is not readable: " + e.getOriginalMessage());
        }
        throw new IOException("not a Sourcewiki export: no manifest.json inside");
    }

    /**
     * Restores an archive into the database behind this connection, in one transaction: every table of the
     * manifest must exist and be empty. Rows keep their ids; identity sequences continue after the largest.
     * Each table's data is checked against the manifest's digest and row count before anything is committed.
     *
     * @return rows restored per table
     */
    public static Map<String, Long> restore(Connection connection, Manifest manifest, InputStream archive)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Map<String, Long> restored = new LinkedHashMap<>();
        try (Statement settings = connection.createStatement()) {
            settings.execute("set local timezone = 'UTC'");
            settings.execute("set local datestyle = 'ISO, YMD'");
            for (Table table : manifest.tables()) {
                try (ResultSet any = settings.executeQuery("select exists (select 1 from " + Schema.quote(table.name()) + ")")) {
                    any.next();
                    if (any.getBoolean(1)) {
                        throw new IOException("the database is not empty: table " + table.name()
                                + " has rows (restore needs a new, empty database)");
                    }
                }
            }
            Map<String, Table> byEntry = new LinkedHashMap<>();
            manifest.tables().forEach(t -> byEntry.put("tables/" + t.name() + ".jsonl", t));
            List<Runnable> deferred = new ArrayList<>();
            // A row may name a row of its own table that comes later in the file (a revision its parent: archives
            // written before rows were sorted by their numeric key did that, and revisions cannot be updated after).
            // Such foreign keys are dropped for the load and added back, and so checked, before the commit.
            List<String> selfReferences = Schema.dropSelfReferences(connection);
            try (ZipInputStream zip = new ZipInputStream(archive, StandardCharsets.UTF_8)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Table table = byEntry.get(entry.getName());
                    if (table != null) {
                        restored.put(table.name(), Restorer.insertRows(connection, table, zip, deferred));
                    }
                }
            }
            for (Table table : manifest.tables()) {
                if (!restored.containsKey(table.name())) {
                    throw new IOException("the export has no data for table " + table.name());
                }
            }
            for (Runnable update : deferred) {
                update.run();
            }
            try (Statement restore = connection.createStatement()) {
                for (String addBack : selfReferences) {
                    restore.execute(addBack);
                }
            }
            Restorer.resetIdentities(connection, manifest.tables());
            connection.commit();
            return restored;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Reads one row array of a .jsonl table file; null at the end. */
    static List<String> readRow(JsonParser parser, int columns) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new IOException("a row is not a JSON array");
        }
        List<String> values = new ArrayList<>(columns);
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            values.add(token == JsonToken.VALUE_NULL ? null : parser.getText());
        }
        if (values.size() != columns) {
            throw new IOException("a row has " + values.size() + " values for " + columns + " columns");
        }
        return values;
    }

    /** Lets a JSON generator close without closing the zip entry stream under it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
