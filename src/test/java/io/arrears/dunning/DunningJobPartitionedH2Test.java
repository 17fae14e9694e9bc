package io.arrears.dunning;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

class DunningJobPartitionedH2Test extends DunningJobPartitionedTests {

	@Override
	List<String> database() {
		// a named in-memory database that outlives each context, so the runs can be
		// compared
		return List.of("--spring.datasource.url=jdbc:h2:mem:arrears-partitioned;MODE=MySQL;DB_CLOSE_DELAY=-1",
				"--arrears.output-dir=target/test-out/partitioned-h2");
	}

	@Override
	void failOn(JdbcTemplate jdbc, String householdCode, LocalDate asOf) {
		InjectedFailure.household = householdCode;
		InjectedFailure.asOf = asOf;
		jdbc.execute("CREATE TRIGGER injected_failure BEFORE INSERT ON stage_history FOR EACH ROW CALL '"
				+ InjectedFailure.class.getName() + "'");
	}

	@Override
	void removeFailure(JdbcTemplate jdbc) {
		jdbc.execute("DROP TRIGGER IF EXISTS injected_failure");
	}

}
