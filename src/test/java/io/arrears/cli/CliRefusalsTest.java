package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each refusal and expected error of the command line: its exit status and its one line,
 * with today fixed at 2026-06-30 in Shanghai (16:00 UTC the day before would still be
 * 06-30 there: 2026-06-29T16:30Z).
 */
class CliRefusalsTest {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-29T16:30:00Z"), ZoneId.of("UTC"));

	private static final String DB = "--spring.datasource.url=jdbc:h2:mem:cli-refusals;MODE=MySQL;DB_CLOSE_DELAY=-1";

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), TODAY);
	}

	private String errorLine() {
		assertThat(err.toString().strip()).as("one line, no stack trace").doesNotContain("\n").startsWith("error: ");
		return err.toString().strip();
	}

	@Test
	void aDunningRunOfTomorrowInShanghaiIsRefused() {
		assertThat(run("run", "dunning", "--as-of", "2026-07-01", DB)).isEqualTo(Cli.USAGE);
		assertThat(errorLine()).isEqualTo("error: --as-of 2026-07-01 is after today (2026-06-30 in Asia/Shanghai):"
				+ " a date is run once its day has come, so that its run sees that day's payments;"
				+ " run it on 2026-07-01 or later");
	}

	@Test
	void todayInShanghaiIsNotTheFuture(@TempDir Path dir) {
		assertThat(run("run", "dunning", "--as-of", "2026-06-30", DB, "--arrears.output-dir=" + dir)).isZero();
	}

	@Test
	void aRangeEndingTomorrowIsRefusedWhole() {
		assertThat(run("run", "dunning", "--from", "2026-06-29", "--to", "2026-07-01", DB)).isEqualTo(Cli.USAGE);
		assertThat(errorLine()).startsWith("error: --to 2026-07-01 is after today (2026-06-30 in Asia/Shanghai)");
		assertThat(out.toString()).doesNotContain("dunning 2026-06-29");
	}

	@Test
	void everyJobAndExportRefusesTheFuture() {
		String[][] commands = { { "run", "bulletin", "--as-of", "2026-07-01" },
				{ "run", "month-end", "--as-of", "2026-07-31" },
				{ "rerun", "dunning", "--from", "2026-06-01", "--to", "2026-07-01", "--mode", "replay" },
				{ "export", "arrears", "--as-of", "2026-07-01" }, { "export", "review", "--as-of", "2026-07-01" },
				{ "export", "worklist", "--as-of", "2026-07-01" }, { "export", "limitation", "--as-of", "2026-07-01" },
				{ "export", "notices", "--from", "2026-06-01", "--to", "2026-07-01" } };
		for (String[] command : commands) {
			out.getBuffer().setLength(0);
			err.getBuffer().setLength(0);
			String[] args = java.util.Arrays.copyOf(command, command.length + 1);
			args[command.length] = DB;
			assertThat(run(args)).as(String.join(" ", command)).isEqualTo(Cli.USAGE);
			assertThat(errorLine()).as(String.join(" ", command))
				.contains("is after today (2026-06-30 in Asia/Shanghai)");
		}
	}

	@Test
	void festivalCardsMailedAfterTodayAreRefused() {
		assertThat(run("run", "festival", "--festival", "SPRING_FESTIVAL", "--year", "2027", DB)).isEqualTo(Cli.USAGE);
		assertThat(errorLine()).startsWith(
				"error: the mailing date of the SPRING_FESTIVAL 2027 cards (2027-01-30) is after today (2026-06-30 in"
						+ " Asia/Shanghai)");
	}

	@Test
	void aMisspeltPropertyIsRefusedNamingTheOneMeant() {
		assertThat(run("run", "dunning", "--as-of", "2026-06-30", DB, "--arrears.late-fee.postng=daily"))
			.isEqualTo(Cli.USAGE);
		assertThat(errorLine()).isEqualTo("error: unknown property arrears.late-fee.postng (on the command line):"
				+ " did you mean arrears.late-fee.posting?");
	}

	@Test
	void aMisspeltPropertyInAFileSaysWhere(@TempDir Path dir) throws Exception {
		Path rules = dir.resolve("rules.yml");
		Files.writeString(rules, "arrears:\n  min-arrear: 2.00\n", StandardCharsets.UTF_8);
		assertThat(
				run("run", "dunning", "--as-of", "2026-06-30", DB, "--spring.config.additional-location=file:" + rules))
			.isEqualTo(Cli.USAGE);
		assertThat(errorLine()).contains("unknown property arrears.min-arrear (in ", "rules.yml", "- 2:",
				"did you mean arrears.min-arrears?");
	}

	@Test
	void badPropertyValuesSayWhatTheyMayBe() {
		assertThat(run("run", "dunning", "--as-of", "2026-06-30", DB, "--arrears.late-fee.posting=weekly"))
			.isEqualTo(Cli.FAILED);
		assertThat(errorLine()).isEqualTo(
				"error: arrears.late-fee.posting: 'weekly' (on the command line) is not one of month-end, daily");

		err.getBuffer().setLength(0);
		assertThat(run("run", "dunning", "--as-of", "2026-06-30", DB, "--arrears.min-arrears=abc"))
			.isEqualTo(Cli.FAILED);
		assertThat(errorLine()).isEqualTo("error: arrears.min-arrears: 'abc' (on the command line) is not a number");
	}

	@Test
	void aPaymentAddressThatIsNotAUrlStopsTheStartNamingTheSetting() {
		assertThat(run("run", "dunning", "--as-of", "2026-06-30", DB,
				"--arrears.documents.estates.E01.payment-url=https://pay.example.com/{room}"))
			.isEqualTo(Cli.FAILED);
		assertThat(errorLine()).isEqualTo("error: arrears.documents.estates.E01.payment-url: unknown placeholder {room}"
				+ " in payment URL https://pay.example.com/{room}: the placeholders are {estate}, {household},"
				+ " {notice} and {amount}");
	}

	@Test
	void anUnknownExecutionIdIsBadUsage() {
		assertThat(run("jobs", "restart", "999999", DB)).isEqualTo(Cli.USAGE);
		assertThat(errorLine())
			.isEqualTo("error: there is no job execution 999999: `jobs list` shows the executions and their ids");
	}

	@Test
	void aClosedDatabasePortNamesHostAndPort() {
		assertThat(run("run", "dunning", "--as-of", "2026-06-30",
				"--db=jdbc:mysql://127.0.0.1:3999/x?connectTimeout=2000"))
			.isEqualTo(Cli.FAILED);
		assertThat(errorLine()).startsWith("error: cannot connect to the database server at 127.0.0.1:3999 (")
			.contains("Connection refused");
	}

	@Test
	void aWrongCsvHeaderIsOneLine(@TempDir Path dir) throws Exception {
		Path estates = dir.resolve("estates.csv");
		Files.writeString(estates, "code,name\nE1,x\n", StandardCharsets.UTF_8);
		assertThat(run("import", "--estates", estates.toString(), DB)).isEqualTo(Cli.FAILED);
		assertThat(errorLine()).contains("header", "code,name", "estate_code");
	}

}
