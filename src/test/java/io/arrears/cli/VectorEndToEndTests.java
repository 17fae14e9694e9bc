package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.arrears.testing.CliDatabase;
import io.arrears.testing.TestDatabase;

/**
 * The shared vectors as a user runs them: {@code import} the three files,
 * {@code run dunning
 * --from --to} every day, {@code export arrears --out}; the file equals the expected one
 * byte for byte, and {@code export notices} lists the expected notices. Each command is a
 * process of its own as far as Spring is concerned: a fresh application context on the
 * same database.
 */
abstract class VectorEndToEndTests {

	@TempDir
	Path dir;

	abstract CliDatabase database();

	@BeforeEach
	void emptyDatabase() {
		// the schema may not exist yet on a fresh database: a first command creates it
		cli("export", "notices", "--from", "2026-01-01", "--to", "2026-01-01");
		TestDatabase.wipe(database().dataSource());
	}

	@ParameterizedTest
	@CsvSource({ "basic, 2026-04-30, month-end, expected-arrears-2026-04-30.csv",
			"basic, 2026-04-30, daily, expected-arrears-2026-04-30-daily.csv",
			"estate60, 2026-06-30, month-end, expected-arrears-2026-06-30.csv" })
	void importRunAndExportReproduceTheVector(String vector, String last, String posting, String expected)
			throws IOException {
		Path estates = copy(vector, "estates.csv");
		Path households = copy(vector, "households.csv");
		Path ledger = copy(vector, "ledger.csv");
		Path arrears = dir.resolve("arrears.csv");
		Path notices = dir.resolve("notices.csv");
		String policy = "--arrears.late-fee.posting=" + posting;

		Result imported = cli("import", "--estates", estates.toString(), "--households", households.toString(),
				"--ledger", ledger.toString());
		assertThat(imported.exit).as(imported.err).isEqualTo(Cli.OK);
		Result run = cli("run", "dunning", "--from", "2026-01-01", "--to", last, policy);
		assertThat(run.exit).as(run.err).isEqualTo(Cli.OK);
		assertThat(cli("export", "arrears", "--as-of", last, "--out", arrears.toString()).exit).isEqualTo(Cli.OK);
		assertThat(cli("export", "notices", "--from", "2026-01-01", "--to", last, "--out", notices.toString()).exit)
			.isEqualTo(Cli.OK);

		assertThat(Files.readAllBytes(arrears)).isEqualTo(bytes(vector, expected));
		if (posting.equals("month-end")) {
			assertThat(firstFiveColumns(Files.readAllLines(notices)))
				.containsExactlyElementsOf(new String(bytes(vector, "expected-notices.csv")).lines().toList());
		}
	}

	private record Result(int exit, String out, String err) {
	}

	private Result cli(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(database().arguments());
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
		return new Result(exit, out.toString(), err.toString());
	}

	private Path copy(String vector, String file) throws IOException {
		Path target = dir.resolve(file);
		Files.write(target, bytes(vector, file));
		return target;
	}

	private static byte[] bytes(String vector, String file) throws IOException {
		try (InputStream in = VectorEndToEndTests.class.getResourceAsStream("/vectors/" + vector + "/" + file)) {
			return in.readAllBytes();
		}
	}

	private static List<String> firstFiveColumns(List<String> lines) {
		return lines.stream().map(l -> String.join(",", Arrays.copyOf(l.split(",", -1), 5))).toList();
	}

}
