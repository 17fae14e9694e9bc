package io.arrears.cli;

import io.arrears.testing.CliDatabase;

class AuditCliH2Test extends AuditCliTests {

	@Override
	CliDatabase database() {
		return CliDatabase.h2("audit-cli");
	}

}
