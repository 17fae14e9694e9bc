package io.arrears.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --db}, {@code --db-user}, {@code --db-password}: which database the commands
 * use.
 */
class DatabaseOptions {

	@Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
			description = "A MySQL server, e.g. jdbc:mysql://127.0.0.1:3306/arrears (default: embedded H2 under ./data)")
	String url;

	@Option(names = "--db-user", paramLabel = "USER", scope = ScopeType.INHERIT, description = "Database user")
	String user;

	@Option(names = "--db-password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
			description = "Database password")
	String password;

	List<String> springArguments(String defaultUrl) {
		List<String> args = new ArrayList<>();
		String chosen = url != null ? url : defaultUrl;
		if (chosen != null) {
			args.add("--spring.datasource.url=" + chosen);
			if (chosen.startsWith("jdbc:mysql:") || chosen.startsWith("jdbc:mariadb:")) {
				// one multi-row INSERT per batch instead of a round trip per row
				args.add("--spring.datasource.hikari.data-source-properties.rewriteBatchedStatements=true");
			}
		}
		if (user != null) {
			args.add("--spring.datasource.username=" + user);
		}
		if (password != null) {
			args.add("--spring.datasource.password=" + password);
		}
		return args;
	}

}
