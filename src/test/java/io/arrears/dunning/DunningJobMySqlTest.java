package io.arrears.dunning;

import java.time.LocalDate;

import io.arrears.testing.MySqlTest;

@MySqlTest
class DunningJobMySqlTest extends DunningJobTests {

	@Override
	void failOn(String householdCode, LocalDate asOf) {
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
	void removeFailure() {
		jdbc.execute("DROP TRIGGER IF EXISTS injected_failure");
	}

}
