package io.arrears.cli;

import io.arrears.testing.CliDatabase;

class CsvOutH2Test extends CsvOutTests {

	@Override
	CliDatabase database() {
		return CliDatabase.h2("csv-out");
	}

}
