package io.arrears.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps the collection tables append-only as MySQL's triggers do,
 * and refuses a receipt for a notice the registry never issued. Flyway alone, no Spring
 * context: the migrations are what is tested.
 */
class CollectionTablesH2Test {

	private static final String URL = "jdbc:h2:mem:collection-tables;MODE=MySQL;DB_CLOSE_DELAY=-1";

	@Test
	void contactsHoldsAndReceiptsAreNeverUpdatedNorDeleted() throws SQLException {
		Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration/h2").load().migrate();
		try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
			s.execute("INSERT INTO estate (estate_code, name, company_name) VALUES ('E01', 'e', 'c')");
			s.execute("INSERT INTO household (household_code, estate_code, building, unit, room)"
					+ " VALUES ('H1', 'E01', '1', '1', '0101')");
			s.execute("INSERT INTO contact (reference, household_code, collector_code, contacted_on, channel, outcome,"
					+ " promise_date, recorded_at) VALUES ('K1', 'H1', 'C01', DATE '2026-01-25', 'PHONE', 'PROMISED',"
					+ " DATE '2026-02-05', TIMESTAMP '2026-01-25 16:00:00')");
			s.execute("INSERT INTO collection_hold (reference, household_code, reason, from_date, until_date,"
					+ " approved_by, recorded_at) VALUES ('HD1', 'H1', 'DISPUTE', DATE '2026-02-10',"
					+ " DATE '2026-04-10', '李经理', TIMESTAMP '2026-02-10 09:30:00')");

			assertThatThrownBy(() -> s.execute("UPDATE contact SET note = 'x'")).isInstanceOf(SQLException.class)
				.hasMessageContaining("contact is append-only");
			assertThatThrownBy(() -> s.execute("DELETE FROM collection_hold"))
				.hasMessageContaining("collection_hold is append-only");
			assertThatThrownBy(() -> s.execute("INSERT INTO receipt (household_code, kind, number, episode_due_date,"
					+ " received_on, method, recorded_at) VALUES ('H1', 'REMINDER', 6, DATE '2026-01-05',"
					+ " DATE '2026-02-08', 'SIGNED', TIMESTAMP '2026-02-09 09:00:00')"))
				.isInstanceOf(SQLException.class);
			try (var rows = s.executeQuery("SELECT COUNT(*) FROM contact")) {
				rows.next();
				assertThat(rows.getInt(1)).isEqualTo(1);
			}
		}
	}

}
