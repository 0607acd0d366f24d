package org.sourcewiki.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the export needs to know of the database's own schema, read from PostgreSQL's catalog: the tables of the
 * public schema, their stored columns (generated ones are left out: PostgreSQL computes them again), primary keys,
 * and an order that satisfies every foreign key.
 */
final class Schema {
    private Schema() {
    }

    /** A foreign key from one table to another, and whether all its columns may be null (so it can wait). */
    private record ForeignKey(String table, String referenced, List<String> columns, boolean nullable) {
    }

    /**
     * The tables in an order that satisfies foreign keys: a table comes after every table it references. Where
     * tables reference each other (a cycle), one nullable foreign key is deferred: its columns are restored empty
     * and filled in once every table is in.
     */
    static List<WikiArchive.Table> exportOrder(Connection connection, Set<String> excluded) throws SQLException {
        Map<String, List<WikiArchive.Column>> columns = columns(connection, excluded);
        Map<String, List<String>> keys = primaryKeys(connection, columns.keySet());
        List<ForeignKey> foreignKeys = foreignKeys(connection, columns.keySet());
        Map<String, Set<String>> deferred = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Set<String> remaining = new TreeSet<>(columns.keySet());
        while (!remaining.isEmpty()) {
            List<String> ready = new ArrayList<>();
            for (String table : remaining) {
                boolean waits = false;
                for (ForeignKey key : foreignKeys) {
                    if (key.table().equals(table) && remaining.contains(key.referenced())
                            && !deferred.getOrDefault(table, Set.of()).containsAll(key.columns())) {
                        waits = true;
                    }
                }
                if (!waits) {
                    ready.add(table);
                }
            }
            if (ready.isEmpty()) {
                ForeignKey breakable = foreignKeys.stream()
                        .filter(k -> remaining.contains(k.table()) && remaining.contains(k.referenced()) && k.nullable()
                                && !deferred.getOrDefault(k.table(), Set.of()).containsAll(k.columns()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("a foreign key cycle without a nullable column among "
                                + remaining));
                deferred.computeIfAbsent(breakable.table(), t -> new LinkedHashSet<>()).addAll(breakable.columns());
                continue;
            }
            order.addAll(ready);
            remaining.removeAll(ready);
        }
        List<WikiArchive.Table> tables = new ArrayList<>();
        for (String table : order) {
            tables.add(new WikiArchive.Table(table, columns.get(table), keys.getOrDefault(table, List.of()),
                    List.copyOf(deferred.getOrDefault(table, Set.of())), 0, null));
        }
        return tables;
    }

    private static Map<String, List<WikiArchive.Column>> columns(Connection connection, Set<String> excluded)
            throws SQLException {
        Map<String, List<WikiArchive.Column>> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid
                where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
                  and a.attgenerated = ''
                order by c.relname, a.attnum
                """); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                if (!excluded.contains(result.getString(1))) {
                    columns.computeIfAbsent(result.getString(1), t -> new ArrayList<>())
                            .add(new WikiArchive.Column(result.getString(2), result.getString(3)));
                }
            }
        }
        return columns;
    }

    private static Map<String, List<String>> primaryKeys(Connection connection, Set<String> tables) throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, a.attname from pg_index i
                join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
                join lateral unnest(i.indkey) with ordinality as k(attnum, position) on true
                join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
                where n.nspname = 'public' and i.indisprimary
                order by c.relname, k.position
                """); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                if (tables.contains(result.getString(1))) {
                    keys.computeIfAbsent(result.getString(1), t -> new ArrayList<>()).add(result.getString(2));
                }
            }
        }
        return keys;
    }

    private static List<ForeignKey> foreignKeys(Connection connection, Set<String> tables) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select f.relname, r.relname, array_agg(a.attname order by k.position), bool_and(not a.attnotnull)
                from pg_constraint con
                join pg_class f on f.oid = con.conrelid join pg_class r on r.oid = con.confrelid
                join pg_namespace n on n.oid = f.relnamespace
                join lateral unnest(con.conkey) with ordinality as k(attnum, position) on true
                join pg_attribute a on a.attrelid = f.oid and a.attnum = k.attnum
                where con.contype = 'f' and n.nspname = 'public' and con.conrelid <> con.confrelid
                group by con.oid, f.relname, r.relname
                order by f.relname, con.conname
                """); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                if (tables.contains(result.getString(1)) && tables.contains(result.getString(2))) {
                    keys.add(new ForeignKey(result.getString(1), result.getString(2),
                            List.of((String[]) result.getArray(3).getArray()), result.getBoolean(4)));
                }
            }
        }
        return keys;
    }

    /**
     * Drops every foreign key of a table to its own rows (a revision's parent) and gives back the statements that
     * add them again, exactly as they were defined (pg_get_constraintdef): adding one checks every row, so a restore
     * that loads the rows in any order still ends with the same guarantees. Runs in the caller's transaction.
     */
    static List<String> dropSelfReferences(Connection connection) throws SQLException {
        List<String> addBack = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, con.conname, pg_get_constraintdef(con.oid) from pg_constraint con
                join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
                where con.contype = 'f' and con.conrelid = con.confrelid and n.nspname = 'public'
                order by c.relname, con.conname
                """); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String table = quote(result.getString(1));
                String constraint = quote(result.getString(2));
                drops.add("alter table " + table + " drop constraint " + constraint);
                addBack.add("alter table " + table + " add constraint " + constraint + " " + result.getString(3));
            }
        }
        try (var statement = connection.createStatement()) {
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
        return addBack;
    }

    /** An identifier quoted for SQL, whatever it holds. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
