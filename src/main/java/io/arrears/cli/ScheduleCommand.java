package io.arrears.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import io.arrears.csv.CsvWriter;
import io.arrears.schedule.PlannedFiring;
import io.arrears.schedule.Schedules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schedule list}: what {@code serve} will fire, from {@code jobs/schedules.yml}.
 */
@Command(name = "schedule", description = "The job schedule of jobs/schedules.yml.", mixinStandardHelpOptions = true,
		subcommands = { ScheduleCommand.ListFirings.class })
class ScheduleCommand {

	/** {@code schedule list --from D1 --to D2}. */
	@Command(name = "list", mixinStandardHelpOptions = true,
			description = { "The planned firings of a date range as CSV: job,as_of,fire_time, by fire time then job.",
					"Computed from jobs/schedules.yml without starting the scheduler." })
	static class ListFirings implements Cli.Action {

		@Option(names = "--from", required = true, paramLabel = "D1", description = "First date (YYYY-MM-DD)")
		LocalDate from;

		@Option(names = "--to", required = true, paramLabel = "D2", description = "Last date, inclusive (YYYY-MM-DD)")
		LocalDate to;

		@Override
		public void validate() {
			DateRange.checkRange(from, to);
		}

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) {
			Schedules schedules = context.getBean(Schedules.class);
			List<PlannedFiring> firings = schedules.between(from, to);
			CsvWriter csv = CsvWriter.withHeader(out, PlannedFiring.CSV_COLUMNS);
			for (PlannedFiring firing : firings) {
				csv.row(firing.fields());
			}
			csv.flush();
			// standard output stays plain CSV; what cannot run is said beside it
			for (String job : schedules.jobsWithoutRunner()) {
				long count = firings.stream().filter(f -> f.job().equals(job)).count();
				err.println("warning: no job runs '" + job + "' yet: its " + count
						+ " firing(s) listed will be logged as failed by serve and do nothing");
			}
			return Cli.OK;
		}

	}

}
