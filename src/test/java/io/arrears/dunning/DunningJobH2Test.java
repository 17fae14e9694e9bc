package io.arrears.dunning;

import java.time.LocalDate;

import io.arrears.testing.H2Test;

@H2Test
class DunningJobH2Test extends DunningJobTests {

	@Override
	void failOn(String householdCode, LocalDate asOf) {
		InjectedFailure.household = householdCode;
		InjectedFailure.asOf = asOf;
		jdbc.execute("CREATE TRIGGER injected_failure BEFORE INSERT ON stage_history FOR EACH ROW CALL '"
				+ InjectedFailure.class.getName() + "'");
	}

	@Override
	void removeFailure() {
		jdbc.execute("DROP TRIGGER IF EXISTS injected_failure");
	}

}
