package dev.kam.e2e.malformed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Row count and content checksum (md5 of every row as text, in a stable order) of each table of a
 * service database, leaving out only what background work writes on its own (see
 * {@link Exclusions}), so two fingerprints differ exactly when a request changed stored data.
 */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    /** What to leave out of the comparison, each for a reason that is not a request's doing. */
    public record Exclusions(Set<String> tables, Map<String, Set<String>> columns, Map<String, String> rowFilters) {
    }

    /** table -> "count:md5" for every table of the public schema of {@code database}. */
    public static Map<String, String> of(String jdbcBase, String database, String user, String password,
            Exclusions exclusions) throws SQLException {
        Map<String, String> fingerprint = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcBase + database, user, password);
                Statement statement = connection.createStatement()) {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            try (ResultSet columns = statement.executeQuery("select table_name, column_name from "
                    + "information_schema.columns where table_schema = 'public' order by table_name, ordinal_position")) {
                while (columns.next()) {
                    String table = columns.getString(1);
                    String column = columns.getString(2);
                    if (exclusions.tables().contains(table)
                            || exclusions.columns().getOrDefault(table, Set.of()).contains(column)) {
                        continue;
                    }
                    tables.computeIfAbsent(table, t -> new ArrayList<>()).add('"' + column + '"');
                }
            }
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                String filter = exclusions.rowFilters().getOrDefault(table.getKey(), "true");
                String sql = "select count(*), coalesce(md5(string_agg(r::text, '|' order by r::text)), '') from "
                        + "(select " + String.join(", ", table.getValue()) + " from public.\"" + table.getKey()
                        + "\" where " + filter + ") r";
                try (ResultSet result = statement.executeQuery(sql)) {
                    result.next();
                    fingerprint.put(database + "." + table.getKey(), result.getLong(1) + " rows, md5 "
                            + result.getString(2));
                }
            }
        }
        return fingerprint;
    }
}
