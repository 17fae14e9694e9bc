package io.arrears.cli;

import io.arrears.testing.CliDatabase;

class VectorEndToEndH2Test extends VectorEndToEndTests {

	@Override
	CliDatabase database() {
		return CliDatabase.h2("vector-e2e");
	}

}
