package io.arrears.dunning;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.MySqlAvailable;

@Tag("mysql")
@ExtendWith(MySqlAvailable.class)
class DunningJobPartitionedMySqlTest extends DunningJobPartitionedTests {

	@Override
	List<String> database() {
		return List.of("--spring.datasource.url=" + MySqlAvailable.url(),
				"--spring.datasource.username=" + MySqlAvailable.user(),
				"--spring.datasource.password=" + MySqlAvailable.password(),
				"--spring.datasource.hikari.data-source-properties.rewriteBatchedStatements=true",
				"--arrears.output-dir=target/test-out/partitioned-mysql");
	}

	@Override
	void failOn(JdbcTemplate jdbc, String householdCode, LocalDate asOf) {
		jdbc.execute("""
				CREATE TRIGGER injected_failure BEFORE INSERT ON stage_history FOR EACH ROW
				BEGIN
				  IF NEW.household_code = '%s' AND NEW.as_of = '%s' THEN
				    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure';
				  END IF;
				END
				""".formatted(householdCode, asOf));
	}

	@Override
	void removeFailure(JdbcTemplate jdbc) {
		jdbc.execute("DROP TRIGGER IF EXISTS injected_failure");
	}

}
