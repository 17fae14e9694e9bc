package io.arrears.cli;

import io.arrears.testing.CliDatabase;

class CollectVectorEndToEndH2Test extends CollectVectorEndToEndTests {

	@Override
	CliDatabase database() {
		return CliDatabase.h2("collect-e2e");
	}

}
