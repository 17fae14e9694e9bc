package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit status and what it says. */
class CliTest {

	private static final String MEMORY_DB = "--spring.datasource.url=jdbc:h2:mem:cli-test;MODE=MySQL";

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@Test
	void helpListsTheCommandsAndExitsZero() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString()).contains("run", "export", "import", "demo", "Exit status");
	}

	@Test
	void helpListsTheScheduleCommands() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString()).contains("schedule", "serve");
	}

	@Test
	void scheduleListShowsEveryFiringOfTheYearAndSaysWhichJobsNothingRunsYet() {
		assertThat(run("schedule", "list", "--from", "2026-01-01", "--to", "2026-12-31", MEMORY_DB)).isZero();

		String[] lines = out.toString().split("\n");
		assertThat(lines[0]).isEqualTo("job,as_of,fire_time");
		Map<String, Long> perJob = Arrays.stream(lines)
			.skip(1)
			.collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(',')), Collectors.counting()));
		assertThat(perJob).isEqualTo(Map.of("dunning", 365L, "month-end", 12L, "bulletin", 12L, "festival", 2L,
				"import-inbox", 365L * 24 * 6));
		assertThat(out.toString()).contains("month-end,2026-02-28,2026-02-28T08:00:00+08:00\n",
				"festival,2026-02-10,2026-02-10T09:00:00+08:00\n", "festival,2026-03-04,2026-03-04T09:00:00+08:00\n",
				"bulletin,2026-12-20,2026-12-20T08:00:00+08:00\n");
		assertThat(err.toString()).doesNotContain("no job runs");
	}

	@Test
	void aBadCronStopsTheStartNamingTheEntry(@TempDir Path dir) throws Exception {
		Path schedules = dir.resolve("schedules.yml");
		String standard = new String(getClass().getResourceAsStream("/jobs/schedules.yml").readAllBytes(),
				StandardCharsets.UTF_8);
		Files.writeString(schedules, standard.replace("cron: \"0 0 8 L * ?\"", "cron: \"0 0 8 32 * ?\""));

		assertThat(run("schedule", "list", "--from", "2026-01-01", "--to", "2026-01-31", MEMORY_DB,
				"--spring.config.additional-location=file:" + schedules))
			.isEqualTo(Cli.FAILED);
		assertThat(err.toString()).contains("arrears.schedule.jobs.month-end.cron: '0 0 8 32 * ?'");
	}

	@Test
	void aBadDateSaysWhichArgumentAndWhatFormat() {
		assertThat(run("run", "dunning", "--as-of", "2026-13-01")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("--as-of").contains("'2026-13-01' is not a date: use YYYY-MM-DD");
	}

	@Test
	void asOfAndARangeExcludeEachOther() {
		assertThat(run("run", "dunning", "--as-of", "2026-01-01", "--from", "2026-01-01", "--to", "2026-01-02"))
			.isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("either --as-of or --from and --to");
	}

	@Test
	void aRangeBackwardsIsBadUsage() {
		assertThat(run("run", "dunning", "--from", "2026-02-01", "--to", "2026-01-01")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("--to 2026-01-01 is before --from 2026-02-01");
	}

	@Test
	void anUnknownCommandIsBadUsage() {
		assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("frobnicate");
	}

	@Test
	void aLadderOutOfOrderStopsTheStartNamingTheRow(@TempDir Path dir) throws Exception {
		Path rules = dir.resolve("rules.yml");
		String standard = new String(getClass().getResourceAsStream("/jobs/rules.yml").readAllBytes(),
				StandardCharsets.UTF_8);
		Files.writeString(rules, standard.replace("REMINDER_3,    from-day: 22", "REMINDER_3,    from-day: 3"));

		assertThat(run("run", "dunning", "--as-of", "2026-01-01", MEMORY_DB,
				"--spring.config.additional-location=file:" + rules))
			.isEqualTo(Cli.FAILED);
		assertThat(err.toString()).contains("arrears.ladder[4] (REMINDER_3) starts on day 3");
	}

	@Test
	void exportingADateNeverRunSaysWhatToDo() {
		assertThat(run("export", "arrears", "--as-of", "2026-01-31", MEMORY_DB)).isEqualTo(Cli.FAILED);
		assertThat(err.toString()).contains("run `run dunning --as-of 2026-01-31` first");
	}

	@Test
	void bulletinAndFestivalExplainThemselves() {
		assertThat(run("run", "bulletin", "--help")).isZero();
		assertThat(out.toString()).contains("--as-of", "公告栏", "public_name_mode", "dunning");
		assertThat(run("run", "festival", "--help")).isZero();
		assertThat(out.toString()).contains("--festival", "--year", "SPRING_FESTIVAL", "LANTERN");
	}

	@Test
	void anUnknownFestivalListsTheTwoThereAre() {
		assertThat(run("run", "festival", "--festival", "MID_AUTUMN", "--year", "2026")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("MID_AUTUMN").contains("SPRING_FESTIVAL, LANTERN");
	}

	@Test
	void aFestivalYearOutsideTheCalendarIsBadUsage() {
		assertThat(run("run", "festival", "--festival", "lantern", "--year", "26")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("--year 26 is outside 1901..2099");
	}

	@Test
	void aBulletinBeforeItsDunningRunSaysWhatToRun() {
		assertThat(run("run", "bulletin", "--as-of", "2026-04-30", MEMORY_DB)).isEqualTo(Cli.FAILED);
		assertThat(err.toString()).contains("no completed dunning run as of 2026-04-30")
			.contains("Run `run dunning --as-of 2026-04-30` first");
	}

	@Test
	void monthEndWithoutADateIsBadUsage() {
		assertThat(run("run", "month-end")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("--as-of");
	}

	@Test
	void monthEndAssessesTheDateThenSaysWhatItWroteAndWhere(@TempDir Path dir) {
		String db = "--spring.datasource.url=jdbc:h2:mem:cli-month-end;MODE=MySQL;DB_CLOSE_DELAY=-1";
		String output = "--arrears.output-dir=" + dir;

		assertThat(run("run", "month-end", "--as-of", "2026-05-31", db, output)).isZero();
		assertThat(out.toString()).contains("dunning 2026-05-31: 0 households",
				"month-end 2026-05-31: 0 estates, 0 households, 0 in arrears; 0 files in "
						+ dir.resolve("<estate>/2026-05-31/MONTH_END"));

		assertThat(run("run", "month-end", "--as-of", "2026-05-31", db, output)).isZero();
		assertThat(out.toString()).contains("month-end 2026-05-31: already done, nothing changed;");
	}

}
