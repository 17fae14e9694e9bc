package io.arrears.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.context.ConfigurableApplicationContext;

import io.arrears.audit.AuditedJob;
import io.arrears.audit.FestivalRerun;
import io.arrears.audit.Mode;
import io.arrears.audit.RerunRequest;
import io.arrears.audit.RerunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rerun JOB --from D1 --to D2 --mode replay|restate [--dry-run]}: an auditor's
 * re-run of a job for each date of a range (SPEC §6); a festival mailing is named as the
 * festival job names it, {@code rerun festival --festival F --year Y --mode …}. Each job
 * that can be re-run is an {@link AuditedJob} bean; any other job of the pipeline would
 * be named and refused as not yet supported.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true,
		description = { "Re-run a job for each date of a range and reconcile it with what was recorded.",
				"replay sees what was recorded by the end of each date; restate sees everything known now.",
				"The last line of output is `differences: N`." })
class RerunCommand implements Cli.Action {

	/** Every job of the pipeline (SPEC §8), whether or not it can be re-run yet. */
	static final Set<String> PIPELINE_JOBS = Set.of("dunning", "bulletin", "month-end", "festival");

	@Parameters(index = "0", paramLabel = "JOB", description = "dunning, bulletin, month-end or festival")
	String job;

	@Option(names = "--from", paramLabel = "D1", description = "First date (YYYY-MM-DD); not for festival")
	LocalDate from;

	@Option(names = "--to", paramLabel = "D2", description = "Last date, inclusive (YYYY-MM-DD); not for festival")
	LocalDate to;

	@Option(names = "--festival", paramLabel = "F",
			description = "festival only: SPRING_FESTIVAL or LANTERN, the mailing re-run")
	String festival;

	@Option(names = "--year", paramLabel = "Y", description = "festival only: the mailing's year")
	Integer year;

	@Option(names = "--mode", required = true, description = "replay or restate")
	Mode mode;

	@Option(names = "--dry-run",
			description = "Write nothing to the ledger, the stage history or the notices; only the audit run and its report")
	boolean dryRun;

	@Override
	public void validate() {
		if (!PIPELINE_JOBS.contains(job)) {
			throw new IllegalArgumentException("unknown job '" + job + "': one of " + new TreeSet<>(PIPELINE_JOBS));
		}
		if (job.equals("festival")) {
			if (festival == null || year == null || from != null || to != null) {
				throw new IllegalArgumentException(
						"rerun festival takes --festival SPRING_FESTIVAL|LANTERN and --year Y, not --from/--to:"
								+ " a mailing has one date");
			}
			return;
		}
		if (from == null || to == null || festival != null || year != null) {
			throw new IllegalArgumentException("rerun " + job + " takes --from D1 and --to D2");
		}
		DateRange.checkRange(from, to);
	}

	@Override
	public List<FutureDates.Dated> businessDates(ConfigurableApplicationContext context) {
		return List.of(FutureDates.Dated.option("--from", from), FutureDates.Dated.option("--to", to));
	}

	@Override
	public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
		List<AuditedJob> audited = context.getBeansOfType(AuditedJob.class)
			.values()
			.stream()
			.filter(j -> j.name().equals(job))
			.toList();
		if (audited.isEmpty()) {
			err.println("error: rerun " + job
					+ " is not yet supported: the dunning, bulletin, month-end and festival jobs can be re-run");
			return Cli.FAILED;
		}
		String how = mode.name().toLowerCase() + (dryRun ? ", dry run" : "");
		Consumer<AuditedJob.DayResult> eachDay = day -> out.printf(
				"rerun %s %s (%s): %d households, %d differences%s%n", job, day.asOf(), how, day.households(),
				day.differences(), dryRun ? "" : ", " + day.corrections() + " corrections posted");
		RerunSummary summary = audited.get(0) instanceof FestivalRerun mailing
				? mailing.rerun(festival, year, mode, dryRun, eachDay)
				: audited.get(0).rerun(new RerunRequest(from, to, mode, dryRun), eachDay);
		out.println("audit run " + summary.runId() + ": report " + summary.csv() + " and " + summary.pdf());
		if (!dryRun) {
			out.println("corrections posted: " + summary.corrections());
		}
		out.println("differences: " + summary.differences().size());
		return Cli.OK;
	}

}
