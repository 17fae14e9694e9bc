package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The auditor's commands as a user types them, on the {@code basic} vector run for
 * January: a restate dry run finds nothing to correct and says so on its last line, a
 * re-run of a job that cannot be re-run yet says so, and {@code jobs list} shows the
 * runs.
 */
abstract class AuditCliTests extends CliSessionTests {

	@Test
	void aRestateDryRunOfAnUnchangedLedgerReportsNoDifference() throws IOException {
		for (String file : List.of("estates.csv", "households.csv", "ledger.csv")) {
			try (InputStream in = getClass().getResourceAsStream("/vectors/basic/" + file)) {
				Files.write(dir.resolve(file), in.readAllBytes());
			}
		}
		assertThat(run("import", "--estates", dir.resolve("estates.csv").toString(), "--households",
				dir.resolve("households.csv").toString(), "--ledger", dir.resolve("ledger.csv").toString()))
			.isZero();
		assertThat(run("run", "dunning", "--from", "2026-01-01", "--to", "2026-01-31")).as(err).isZero();

		assertThat(
				run("rerun", "dunning", "--from", "2026-01-01", "--to", "2026-01-31", "--mode", "restate", "--dry-run"))
			.as(err)
			.isZero();
		List<String> lines = out.lines().toList();
		assertThat(lines.get(lines.size() - 1)).isEqualTo("differences: 0");
		assertThat(out).contains("rerun dunning 2026-01-31");

		assertThat(run("run", "bulletin", "--as-of", "2026-01-20")).as(err).isZero();
		assertThat(run("run", "month-end", "--as-of", "2026-01-31")).as(err).isZero();
		for (String job : List.of("bulletin", "month-end")) {
			assertThat(
					run("rerun", job, "--from", "2026-01-01", "--to", "2026-01-31", "--mode", "restate", "--dry-run"))
				.as(err)
				.isZero();
			List<String> rerun = out.lines().toList();
			assertThat(rerun.get(rerun.size() - 1)).isEqualTo("differences: 0");
			assertThat(out).contains("rerun " + job + " 2026-01-" + (job.equals("bulletin") ? "20" : "31"));
		}

		// a festival mailing is named by festival and year (AuditedJob tests cover its
		// re-run)
		assertThat(
				run("rerun", "festival", "--from", "2026-01-01", "--to", "2026-01-31", "--mode", "replay", "--dry-run"))
			.isEqualTo(Cli.USAGE);
		assertThat(err).contains("rerun festival takes --festival");

		assertThat(run("jobs", "list", "--limit", "100")).isZero();
		assertThat(out).startsWith("id,job,parameters,status,exit_code,started,read,written,commits,seconds")
			.contains(",dunning,", "COMPLETED");
	}

}
