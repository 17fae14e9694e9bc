package io.arrears.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.DunningTotals;
import io.arrears.dunning.DunningRuns.RangeSummary;
import io.arrears.dunning.DunningRuns.RunSummary;
import io.arrears.dunning.Stage;
import io.arrears.finance.MonthEndRuns;
import io.arrears.finance.MonthEndRuns.MonthEndSummary;
import io.arrears.estate.EstateDocumentRuns;
import io.arrears.estate.EstateDocumentRuns.BulletinSummary;
import io.arrears.estate.EstateDocumentRuns.FestivalSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run JOB}: the batch jobs, each for an as-of date. */
@Command(name = "run", description = "Run a job as of a date.", mixinStandardHelpOptions = true, subcommands = {
		RunCommand.Dunning.class, RunCommand.Bulletin.class, RunCommand.Festival.class, RunCommand.MonthEnd.class })
class RunCommand {

	/**
	 * What to do about a run that did not complete. A run refused because it is running
	 * elsewhere, or may be ({@code STARTED}), says itself when it will be done or when to
	 * retry: running the same command again at once would only be refused again.
	 */
	static String restartHint(BatchStatus status) {
		return status == BatchStatus.STARTED ? ""
				: "\nRun the same command again to restart it from its last committed chunk.";
	}

	/** {@code run dunning (--as-of D | --from D1 --to D2)}. */
	@Command(name = "dunning", mixinStandardHelpOptions = true,
			description = {
					"Assessment, late fees and per-household notices, as of a date or for each date of a range.",
					"A date already run is left as it was; a date whose run failed restarts where it stopped." })
	static class Dunning implements Cli.Action {

		@Option(names = "--as-of", paramLabel = "D", description = "The business date (YYYY-MM-DD)")
		LocalDate asOf;

		@Option(names = "--from", paramLabel = "D1", description = "First date of a range (YYYY-MM-DD)")
		LocalDate from;

		@Option(names = "--to", paramLabel = "D2", description = "Last date of a range, inclusive (YYYY-MM-DD)")
		LocalDate to;

		@Override
		public void validate() {
			DateRange.check(asOf, from, to);
		}

		@Override
		public List<FutureDates.Dated> businessDates(ConfigurableApplicationContext context) {
			return asOf != null ? List.of(FutureDates.Dated.option("--as-of", asOf))
					: List.of(FutureDates.Dated.option("--from", from), FutureDates.Dated.option("--to", to));
		}

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
			DunningRuns runs = context.getBean(DunningRuns.class);
			LocalDate first = asOf != null ? asOf : from;
			LocalDate last = asOf != null ? asOf : to;
			RangeSummary range = runs.run(first, last, day -> {
				out.println(describe(day));
				// each by name and character, so that the data can be corrected
				day.refusedNotices().forEach(refusal -> err.println("warning: " + refusal));
			});
			if (first.isBefore(last)) {
				out.printf("dunning %s..%s: %d run, %d already done%s%n", first, last, range.done(),
						range.alreadyDone(), range.failed() == null ? "" : ", stopped at " + range.failed().asOf());
			}
			if (range.failed() != null) {
				err.println("error: the dunning run as of " + range.failed().asOf() + " "
						+ range.failed().status().name().toLowerCase() + ": " + range.failed().failure()
						+ restartHint(range.failed().status()));
				return Cli.FAILED;
			}
			return Cli.OK;
		}

		static String describe(RunSummary day) {
			DunningTotals totals = day.totals();
			if (day.alreadyDone()) {
				return "dunning " + day.asOf() + ": already done, nothing changed (" + totals.households()
						+ " households)";
			}
			if (day.status() != BatchStatus.COMPLETED) {
				return "dunning " + day.asOf() + ": " + day.status();
			}
			StringBuilder line = new StringBuilder();
			line.append("dunning ")
				.append(day.asOf())
				.append(": ")
				.append(totals.households())
				.append(" households, ")
				.append(totals.inArrears())
				.append(" in arrears");
			for (Map.Entry<Stage, Integer> stage : totals.stages().entrySet()) {
				if (stage.getKey() != Stage.CURRENT) {
					line.append(' ').append(stage.getKey()).append('=').append(stage.getValue());
				}
			}
			line.append("; late fees posted: ")
				.append(totals.lateFees())
				.append(" (")
				.append(totals.lateFeeAmount())
				.append(" yuan); notices issued: ")
				.append(day.noticesIssued())
				.append(day.refusedNotices().isEmpty() ? ""
						: ", refused: " + day.refusedNotices().size() + " (not issued; see the warnings)")
				.append(String.format("; %.1f s", day.took().toMillis() / 1000.0));
			return line.toString();
		}

	}

	/** {@code run bulletin --as-of D}. */
	@Command(name = "bulletin", mixinStandardHelpOptions = true,
			description = { "Per estate: the bulletin-board list (公告栏) and the open letter to all owners (致全体业主的公开信),",
					"from the stage history of the dunning run of the same date, which must have completed.",
					"Households by building-unit-room only; no phone number; a name only as the estate's",
					"public_name_mode allows. Files: <output-dir>/<estate>/<as-of>/BULLETIN|OPEN_LETTER/.",
					"A date already posted is left as it was." })
	static class Bulletin implements Cli.Action {

		@Option(names = "--as-of", required = true, paramLabel = "D", description = "The business date (YYYY-MM-DD)")
		LocalDate asOf;

		@Override
		public List<FutureDates.Dated> businessDates(ConfigurableApplicationContext context) {
			return List.of(FutureDates.Dated.option("--as-of", asOf));
		}

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
			BulletinSummary summary = context.getBean(EstateDocumentRuns.class).bulletin(asOf);
			if (summary.status() != BatchStatus.COMPLETED) {
				err.println("error: the bulletin run as of " + asOf + " " + summary.status().name().toLowerCase() + ": "
						+ summary.failure());
				return Cli.FAILED;
			}
			out.printf(
					"bulletin %s: %s%d estates, %d bulletins listing %d households, %d open letters naming %d;"
							+ " %d files under %s%n",
					asOf, summary.alreadyDone() ? "already done, nothing changed; " : "", summary.estates(),
					summary.estates(), summary.listedOnBulletins(), summary.openLetters(),
					summary.listedOnOpenLetters(), summary.files(), summary.outputDir());
			return Cli.OK;
		}

	}

	/** {@code run festival --festival SPRING_FESTIVAL|LANTERN --year Y}. */
	@Command(name = "festival", mixinStandardHelpOptions = true,
			description = { "A greeting card to every household: 春节贺卡 (SPRING_FESTIVAL) or 元宵节贺卡 (LANTERN),",
					"with a warm reminder of the arrears on the mailing date; nothing is posted to the ledger.",
					"One PDF per card and print batches per estate in delivery order, under",
					"<output-dir>/<estate>/<mailing date>/<FESTIVAL>/. A year's cards go out once." })
	static class Festival implements Cli.Action {

		@Option(names = "--festival", required = true, paramLabel = "F",
				description = "SPRING_FESTIVAL or LANTERN (valid: ${COMPLETION-CANDIDATES})")
		io.arrears.festival.Festival festival;

		@Option(names = "--year", required = true, paramLabel = "Y", description = "The festival's year, e.g. 2026")
		int year;

		@Override
		public void validate() {
			if (year < 1901 || year > 2099) {
				throw new IllegalArgumentException("--year " + year + " is outside 1901..2099");
			}
		}

		@Override
		public List<FutureDates.Dated> businessDates(ConfigurableApplicationContext context) {
			LocalDate mailed = context.getBean(EstateDocumentRuns.class).mailingDate(festival, year);
			return List.of(new FutureDates.Dated(
					"the mailing date of the " + festival + " " + year + " cards (" + mailed + ")", mailed,
					"the cards state each household's arrears on the day they are mailed; run it on " + mailed
							+ " or later (`serve` does, at the time jobs/schedules.yml says)"));
		}

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
			FestivalSummary summary = context.getBean(EstateDocumentRuns.class).festival(festival, year);
			if (summary.status() != BatchStatus.COMPLETED) {
				err.println("error: the " + festival + " " + year + " run " + summary.status().name().toLowerCase()
						+ ": " + summary.failure() + restartHint(summary.status()));
				return Cli.FAILED;
			}
			out.printf(
					"festival %s %d (festival %s, mailed and stated as of %s): %s%d estates, %d cards (%d with"
							+ " arrears), %d print batches; %d files under %s%n",
					festival, year, summary.festivalDate(), summary.asOf(),
					summary.alreadyDone() ? "already done, nothing changed; " : "", summary.estates(), summary.cards(),
					summary.inArrears(), summary.printBatches(), summary.files(), summary.outputDir());
			return Cli.OK;
		}

	}

	/** {@code run month-end --as-of D}. */
	@Command(name = "month-end", mixinStandardHelpOptions = true,
			description = { "The dunning assessment of the date (if not yet done), then each estate's finance pack:",
					"aging report (CSV, PDF), collection figures and the twelve-month chart,",
					"under <arrears.output-dir>/<estate>/<date>/MONTH_END/. A date already run is left as it was." })
	static class MonthEnd implements Cli.Action {

		@Option(names = "--as-of", required = true, paramLabel = "D",
				description = "The business date (YYYY-MM-DD), normally a month's last day")
		LocalDate asOf;

		@Override
		public List<FutureDates.Dated> businessDates(ConfigurableApplicationContext context) {
			return List.of(FutureDates.Dated.option("--as-of", asOf));
		}

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
			MonthEndSummary summary = context.getBean(MonthEndRuns.class).run(asOf);
			if (summary.assessment() != null) {
				out.println(Dunning.describe(summary.assessment()));
			}
			if (summary.status() != BatchStatus.COMPLETED) {
				err.println("error: the month-end as of " + asOf + " " + summary.status().name().toLowerCase() + ": "
						+ summary.failure() + restartHint(summary.status()));
				return Cli.FAILED;
			}
			out.printf("month-end %s: %s%d estates, %d households, %d in arrears; %d files in %s%n", asOf,
					summary.alreadyDone() ? "already done, nothing changed; " : "", summary.estates(),
					summary.households(), summary.inArrears(), summary.files(), summary.where());
			return Cli.OK;
		}

	}

}
