package dev.kam.e2e;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Read-only looks into the services' own databases, where the resilience tests reconcile what arrived. */
final class ServiceDatabases {

    static final String ACCOUNT = "kam_account";
    static final String INCENTIVE = "kam_incentive";

    private ServiceDatabases() {
    }

    /** One row of numbers: the first row of {@code sql}, every column as a BigDecimal (0 for null). */
    static List<BigDecimal> numbers(String database, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(Suite.DB_JDBC_BASE + database, Suite.DB_USER,
                Suite.DB_PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof List<?> ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid",
                            ids.stream().map(id -> UUID.fromString(id.toString())).toArray()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no row from " + sql);
                }
                List<BigDecimal> values = new ArrayList<>();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    BigDecimal value = row.getBigDecimal(column);
                    values.add(value == null ? BigDecimal.ZERO : value);
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query on " + database + " failed: " + sql, e);
        }
    }
}
