package io.arrears.batch;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** What differs between the embedded H2 and a MySQL server, in one place. */
public final class Databases {

	private Databases() {
	}

	public static boolean isMySql(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			return product.contains("mysql") || product.contains("mariadb");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
		}
	}

	/**
	 * Connector/J reads a whole result set into memory unless asked to stream it row by
	 * row, which it does for a fetch size of {@link Integer#MIN_VALUE}; H2 streams with
	 * an ordinary one.
	 */
	public static int streamingFetchSize(DataSource dataSource) {
		return isMySql(dataSource) ? Integer.MIN_VALUE : 1000;
	}

}
