package io.arrears.cli;

import org.junit.jupiter.api.extension.ExtendWith;

import io.arrears.testing.CliDatabase;
import io.arrears.testing.MySqlAvailable;

@ExtendWith(MySqlAvailable.class)
class CollectVectorEndToEndMySqlTest extends CollectVectorEndToEndTests {

	@Override
	CliDatabase database() {
		return CliDatabase.mySql();
	}

}
