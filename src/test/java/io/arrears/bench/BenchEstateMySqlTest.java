package io.arrears.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.MySqlAvailable;
import io.arrears.testing.MySqlTest;
import io.arrears.testing.TestDatabase;

/**
 * The streamed {@code LOAD DATA} loader puts exactly the rows the INSERT batches put, in
 * the same order (the same entry ids), and leaves the ledger with the definition Flyway
 * gave it, indexes included.
 */
@MySqlTest
class BenchEstateMySqlTest {

	private static final String LEDGER = """
			SELECT COUNT(*) AS entries,
			       SUM(CRC32(CONCAT_WS('|', entry_id, reference, household_code, entry_type, IFNULL(fee_item, '~'),
			           IFNULL(period, '~'), amount, effective_date, recorded_at, IFNULL(reverses, '~')))) AS checksum,
			       SUM(amount) AS amount, SUM(entry_type = 'PAYMENT') AS payments, MIN(entry_id) AS first_id,
			       MAX(entry_id) AS last_id, MIN(recorded_at) AS first_recorded, MAX(recorded_at) AS last_recorded
			  FROM ledger_entry
			""";

	private static final String HOUSEHOLDS = """
			SELECT COUNT(*) AS households,
			       SUM(CRC32(CONCAT_WS('|', household_code, estate_code, building, unit, room, area_sqm, owner_name,
			           owner_phone, mailing_address, tags))) AS checksum
			  FROM household
			""";

	// a sample of rows read back in full, Chinese fee items and NULLs included
	private static final String SAMPLE = """
			SELECT entry_id, reference, household_code, entry_type, fee_item, period, amount, effective_date,
			       recorded_at, reverses
			  FROM ledger_entry
			 WHERE household_code IN ('H0000000', 'H0001234', 'H0002999')
			 ORDER BY entry_id
			""";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() {
		TestDatabase.wipe(dataSource);
	}

	@Test
	void loadDataGivesTheSameLedgerAsInsertBatches() throws SQLException {
		BenchEstate estate = new BenchEstate(20260620, 3000, 24, LocalDate.parse("2026-06-20"));
		String flyway;
		long inserted;
		try (Connection c = dataSource.getConnection()) {
			flyway = BenchEstate.definition(c);
			inserted = estate.load(c, true, BenchEstate.Loading.INSERT_BATCHES);
		}
		Map<String, Object> ledger = jdbc.queryForMap(LEDGER);
		Map<String, Object> households = jdbc.queryForMap(HOUSEHOLDS);
		List<Map<String, Object>> sample = jdbc.queryForList(SAMPLE);

		TestDatabase.wipe(dataSource);
		long loaded;
		try (Connection c = localInfile()) {
			loaded = estate.load(c, true, BenchEstate.Loading.LOAD_DATA);
			assertThat(BenchEstate.definition(c)).isEqualTo(flyway);
		}

		assertThat(loaded).isEqualTo(inserted).isGreaterThan(150_000);
		assertThat(((Number) ledger.get("entries")).longValue()).isEqualTo(inserted);
		assertThat(((Number) ledger.get("payments")).longValue()).isGreaterThan(60_000);
		assertThat(jdbc.queryForMap(LEDGER)).isEqualTo(ledger);
		assertThat(jdbc.queryForMap(HOUSEHOLDS)).isEqualTo(households);
		assertThat(jdbc.queryForList(SAMPLE)).hasSizeGreaterThan(60).isEqualTo(sample);
		assertThat(jdbc.queryForList("SELECT DISTINCT fee_item FROM ledger_entry ORDER BY fee_item", String.class))
			.containsExactly(null, "停车费", "物业费");
	}

	private static Connection localInfile() throws SQLException {
		Properties info = new Properties();
		info.put("user", MySqlAvailable.user());
		info.put("password", MySqlAvailable.password());
		info.put("allowLoadLocalInfile", "true");
		return DriverManager.getConnection(MySqlAvailable.url(), info);
	}

}
