package io.arrears.audit;

import java.time.LocalDate;

import io.arrears.testing.MySqlTest;

@MySqlTest
class RerunJobMySqlTest extends RerunJobTests {

	@Override
	void injectFailure(String household, LocalDate asOf) {
		jdbc.execute("DROP TRIGGER IF EXISTS rerun_failure");
		jdbc.execute("""
				CREATE TRIGGER rerun_failure BEFORE INSERT ON audit_rerun_standing FOR EACH ROW
				BEGIN
				  IF NEW.household_code = '%s' AND NEW.as_of = '%s' THEN
				    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure';
				  END IF;
				END""".formatted(household, asOf));
	}

	@Override
	void removeFailure() {
		jdbc.execute("DROP TRIGGER IF EXISTS rerun_failure");
	}

}
