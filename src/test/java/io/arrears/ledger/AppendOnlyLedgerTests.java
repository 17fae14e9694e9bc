package io.arrears.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.TestDatabase;

/** Whoever asks, the database refuses to change or delete a ledger row. */
abstract class AppendOnlyLedgerTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void oneEntry() {
		TestDatabase.wipe(dataSource);
		jdbc.update("INSERT INTO estate (estate_code, name, company_name) VALUES ('E', '锦绣花园', '安居物业')");
		jdbc.update(
				"INSERT INTO household (household_code, estate_code, building, unit, room) VALUES ('H', 'E', '1', '1', '0101')");
		jdbc.update("INSERT INTO ledger_entry (reference, household_code, entry_type, fee_item, period, amount,"
				+ " effective_date, recorded_at) VALUES ('C1', 'H', 'CHARGE', '物业费', '2026-01', 300.00, '2026-01-05',"
				+ " '2026-01-01 09:00:00')");
	}

	@Test
	void anUpdateIsRefused() {
		assertThatThrownBy(() -> jdbc.update("UPDATE ledger_entry SET amount = 1.00 WHERE reference = 'C1'"))
			.hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("SELECT amount FROM ledger_entry WHERE reference = 'C1'", String.class))
			.isEqualTo("300.00");
	}

	@Test
	void aDeleteIsRefused() {
		assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger_entry WHERE reference = 'C1'"))
			.hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry", Integer.class)).isEqualTo(1);
	}

}
