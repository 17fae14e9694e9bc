package io.arrears.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What {@code mvn verify} does about the MySQL tests on a machine it has not been set up
 * on: creates their database and user as root when it can, says in one line why not when
 * it cannot.
 */
class MySqlAvailableTest {

	@Test
	void noServerOnThePortSaysWhichServerAndWhy() {
		MySqlAvailable.Probe probe = MySqlAvailable
			.probe("jdbc:mysql://127.0.0.1:3999/arrears_test?connectTimeout=2000", "arrears", "arrears", "");

		assertThat(probe.usable()).isFalse();
		assertThat(probe.why()).startsWith("no server answers at 127.0.0.1:3999: user arrears cannot use")
			.doesNotContain("\n");
	}

	@Test
	@ExtendWith(MySqlAvailable.class)
	void aUserAndDatabaseNotYetThereAreCreatedAsRootOrTheLineSaysWhatWasTried() {
		String url = MySqlAvailable.url().replaceFirst("/[^/?]+(\\?|$)", "/arrears_probe_setup$1");
		String user = "arrears_probe";
		try {
			MySqlAvailable.Probe probe = MySqlAvailable.probe(url, user, "probe-pw", MySqlAvailable.rootPassword());

			if (probe.usable()) {
				// root could: the user now reaches its database
				assertThat(MySqlAvailable.probe(url, user, "probe-pw", "no root needed").usable()).isTrue();
			}
			else {
				assertThat(probe.why()).contains("the server at ", "user arrears_probe cannot use",
						"creating the database and user failed as root over JDBC", "sudo mysql < .ci/mysql-setup.sql")
					.doesNotContain("\n");
			}
		}
		finally {
			MySqlAvailable.dropAsRoot(List.of("DROP USER IF EXISTS '" + user + "'@'localhost'",
					"DROP USER IF EXISTS '" + user + "'@'127.0.0.1'", "DROP DATABASE IF EXISTS arrears_probe_setup"));
		}
	}

}
