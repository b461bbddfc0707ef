package dev.upkeep.probe.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs one read-only query and hands back its rows by column name. */
final class Rows {
    private Rows() {}

    /** One row, its values by column label. */
    record Row(Map<String, Object> values) {
        String str(String column) {
            Object v = values.get(column);
            return v == null ? null : v.toString();
        }

        long lng(String column) {
            Object v = values.get(column);
            return v == null ? 0 : ((Number) v).longValue();
        }

        double dbl(String column) {
            Object v = values.get(column);
            return v == null ? 0 : ((Number) v).doubleValue();
        }

        boolean isNull(String column) {
            return values.get(column) == null;
        }

        boolean bool(String column) {
            return Boolean.TRUE.equals(values.get(column));
        }
    }

    static List<Row> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> m = new HashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        m.put(md.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(new Row(m));
                }
                return rows;
            }
        }
    }

    static Row one(Connection c, String sql, Object... args) throws SQLException {
        List<Row> rows = query(c, sql, args);
        if (rows.isEmpty()) {
            throw new SQLException("no row from: " + sql.strip().lines().findFirst().orElse(sql));
        }
        return rows.get(0);
    }
}
