package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.CliDatabase;
import io.arrears.testing.TestDatabase;

/**
 * The {@code collect} vector as a user runs it: {@code import} the ledger's files with
 * the collectors, contacts and holds, {@code run dunning} every day of 2026-01-01 …
 * 04-30, {@code import --receipts} (the receipts name notices the run issued), then
 * {@code export arrears} equals the expected file byte for byte and {@code export
 * notices} lists the expected notices: the promises of H11 and H12 and the holds of H13
 * and H14 kept their notices back, H13's dispute deferred its late fees, held households
 * were worked by {@code MANAGER}. One import and one range run per database.
 */
abstract class CollectVectorEndToEndTests {

	static final String VECTOR = "collect";

	@TempDir
	Path dir;

	abstract CliDatabase database();

	@BeforeEach
	void emptyDatabase() {
		// the schema may not exist yet on a fresh database: a first command creates it
		cli("export", "notices", "--from", "2026-01-01", "--to", "2026-01-01");
		TestDatabase.wipe(database().dataSource());
	}

	@Test
	void importRunAndExportReproduceTheCollectVector() throws IOException {
		Result imported = cli("import", "--estates", copy("estates.csv"), "--households", copy("households.csv"),
				"--ledger", copy("ledger.csv"), "--collectors", copy("collectors.csv"), "--contacts",
				copy("contacts.csv"), "--holds", copy("holds.csv"));
		assertThat(imported.exit).as(imported.err).isEqualTo(Cli.OK);
		Result run = cli("run", "dunning", "--from", "2026-01-01", "--to", "2026-04-30");
		assertThat(run.exit).as(run.err).isEqualTo(Cli.OK);
		Result receipts = cli("import", "--receipts", copy("receipts.csv"));
		assertThat(receipts.exit).as(receipts.err + receipts.out).isEqualTo(Cli.OK);
		assertThat(receipts.out).contains("2 read, 2 imported");
		Path unknown = dir.resolve("receipts-unknown.csv");
		Files.writeString(unknown, new String(bytes("receipts.csv"), StandardCharsets.UTF_8).lines().findFirst().get()
				+ "\nH1,REMINDER,1,2026-01-05,2026-01-20,SIGNED,,2026-01-21T09:00:00\n");
		Result rejected = cli("import", "--receipts", unknown.toString());
		assertThat(rejected.exit).isEqualTo(Cli.REJECTED_ROWS);
		assertThat(Files.readString(dir.resolve("receipts-unknown.csv.rejects.csv")))
			.contains("2,\"no REMINDER 1 of the episode due 2026-01-05 was ever issued to H1");

		// the notices the promises and holds kept back, and why
		JdbcTemplate jdbc = new JdbcTemplate(database().dataSource());
		assertThat(jdbc.queryForList("SELECT DISTINCT cause_reference FROM notice_suppression ORDER BY cause_reference",
				String.class))
			.containsExactly("HD-H13-1", "HD-H14-1", "K-H11-1", "K-H12-1");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_history WHERE household_code = 'H13'"
				+ " AND as_of = DATE '2026-04-08' AND listed_publicly = FALSE", Integer.class))
			.isEqualTo(1);

		Path arrears = dir.resolve("arrears.csv");
		Path notices = dir.resolve("notices.csv");
		assertThat(cli("export", "arrears", "--as-of", "2026-04-30", "--out", arrears.toString()).exit)
			.isEqualTo(Cli.OK);
		assertThat(cli("export", "notices", "--from", "2026-01-01", "--to", "2026-04-30", "--out",
				notices.toString()).exit)
			.isEqualTo(Cli.OK);

		assertThat(Files.readAllLines(arrears)).containsExactlyElementsOf(lines("expected-arrears-2026-04-30.csv"));
		assertThat(Files.readAllBytes(arrears)).isEqualTo(bytes("expected-arrears-2026-04-30.csv"));
		assertThat(firstFiveColumns(Files.readAllLines(notices)))
			.containsExactlyElementsOf(lines("expected-notices.csv"));

		Path limitation = dir.resolve("limitation.csv");
		Result watch = cli("export", "limitation", "--as-of", "2026-04-30", "--within", "1200", "--out",
				limitation.toString());
		assertThat(watch.exit).as(watch.err).isEqualTo(Cli.OK);
		assertThat(Files.readAllLines(limitation))
			.containsExactlyElementsOf(lines("expected-limitation-2026-04-30.csv"));
		assertThat(Files.readAllBytes(limitation)).isEqualTo(bytes("expected-limitation-2026-04-30.csv"));

		for (String date : List.of("2026-02-02", "2026-02-05", "2026-04-08", "2026-04-30")) {
			Path list = dir.resolve("worklist-" + date + ".csv");
			Result w = cli("export", "worklist", "--as-of", date, "--out", list.toString());
			assertThat(w.exit).as(w.err).isEqualTo(Cli.OK);
			List<String> expected = lines("expected-worklist-" + date + ".csv");
			assertThat(columns(Files.readAllLines(list), expected.get(0).split(","))).as("work list of " + date)
				.containsExactlyElementsOf(expected);
		}
		Path c01 = dir.resolve("worklist-c01.csv");
		assertThat(
				cli("export", "worklist", "--as-of", "2026-02-02", "--collector", "C01", "--out", c01.toString()).exit)
			.isEqualTo(Cli.OK);
		assertThat(Files.readAllLines(c01)).hasSize(8)
			.allMatch(l -> l.startsWith("C01,") || l.startsWith("collector_code"));
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

	private String copy(String file) throws IOException {
		Path target = dir.resolve(file);
		Files.write(target, bytes(file));
		return target.toString();
	}

	private static List<String> lines(String file) throws IOException {
		return new String(bytes(file), StandardCharsets.UTF_8).lines().toList();
	}

	private static byte[] bytes(String file) throws IOException {
		try (InputStream in = CollectVectorEndToEndTests.class.getResourceAsStream("/vectors/" + VECTOR + "/" + file)) {
			return in.readAllBytes();
		}
	}

	/** The named columns of a CSV without quoted commas, in the order named. */
	private static List<String> columns(List<String> lines, String[] names) {
		List<String> header = Arrays.asList(lines.get(0).split(",", -1));
		return lines.stream().map(l -> {
			String[] f = l.split(",", -1);
			return String.join(",", Arrays.stream(names).map(n -> f[header.indexOf(n)]).toList());
		}).toList();
	}

	private static List<String> firstFiveColumns(List<String> lines) {
		return lines.stream().map(l -> String.join(",", Arrays.copyOf(l.split(",", -1), 5))).toList();
	}

}
