package io.arrears.audit;

import java.time.LocalDate;

import io.arrears.testing.H2Test;

@H2Test
class RerunJobH2Test extends RerunJobTests {

	@Override
	void injectFailure(String household, LocalDate asOf) {
		RerunFailure.household = household;
		RerunFailure.asOf = asOf;
		jdbc.execute("CREATE TRIGGER rerun_failure BEFORE INSERT ON audit_rerun_standing FOR EACH ROW CALL '"
				+ RerunFailure.class.getName() + "'");
	}

	@Override
	void removeFailure() {
		jdbc.execute("DROP TRIGGER IF EXISTS rerun_failure");
	}

}
