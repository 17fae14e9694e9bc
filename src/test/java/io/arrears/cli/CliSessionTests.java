package io.arrears.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import io.arrears.testing.CliDatabase;
import io.arrears.testing.TestDatabase;

/**
 * The command line as a user types it, against a test database of the subclass's kind,
 * with documents under a temporary folder: {@link #run} returns the exit status and keeps
 * what was printed in {@link #out} and {@link #err}. Each test starts on an empty
 * database.
 */
abstract class CliSessionTests {

	abstract CliDatabase database();

	@TempDir
	Path dir;

	/** What the last command printed on standard output. */
	String out;

	/** What the last command printed on standard error. */
	String err;

	int run(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(database().arguments());
		all.add("--arrears.output-dir=" + dir.resolve("out"));
		StringWriter o = new StringWriter();
		StringWriter e = new StringWriter();
		int exit = Cli.run(all.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
		out = o.toString();
		err = e.toString();
		return exit;
	}

	@BeforeEach
	void emptyDatabase() {
		// the schema may not exist yet on a fresh database: a first command creates it
		run("jobs", "list", "--limit", "1");
		TestDatabase.wipe(database().dataSource());
	}

}
