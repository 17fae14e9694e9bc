package io.arrears.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.EmptyResultDataAccessException;

import io.arrears.audit.JobExecutions;
import io.arrears.audit.JobExecutions.Restarted;
import io.arrears.audit.JobExecutions.Row;
import io.arrears.csv.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jobs list} and {@code jobs restart ID}: the job repository, for the operator.
 */
@Command(name = "jobs", description = "List job executions, restart one.", mixinStandardHelpOptions = true,
		subcommands = { JobsCommand.List.class, JobsCommand.Restart.class })
class JobsCommand {

	/** {@code jobs list [--limit N]}. */
	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Job executions, newest first: parameters, status, counts, duration.")
	static class List implements Cli.Action {

		@Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many (default 50)")
		int limit;

		@Override
		public void validate() {
			if (limit < 1) {
				throw new IllegalArgumentException("--limit must be at least 1");
			}
		}

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) {
			// CSV like the exports: a parameter holds a file name, which may hold a comma
			CsvWriter csv = CsvWriter.withHeader(out, "id", "job", "parameters", "status", "exit_code", "started",
					"read", "written", "commits", "seconds");
			for (Row row : context.getBean(JobExecutions.class).list(limit)) {
				csv.row(row.id(), row.job(), parameters(row.parameters()), row.status(), row.exitCode(),
						row.started() == null ? null : row.started().withNano(0), row.read(), row.written(),
						row.commits(),
						row.took() == null ? null : String.format(Locale.ROOT, "%.1f", row.took().toMillis() / 1000.0));
			}
			csv.flush();
			return Cli.OK;
		}

		private static String parameters(Map<String, String> parameters) {
			return parameters.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining(" "));
		}

	}

	/** {@code jobs restart ID}. */
	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = { "Restart a failed execution from its last committed chunk.",
					"A dunning execution left running by a dead process is recovered first." })
	static class Restart implements Cli.Action {

		@Parameters(index = "0", paramLabel = "ID", description = "The execution's id, from `jobs list`")
		long id;

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
			if (!exists(context.getBean(JobRepository.class), id)) {
				err.println(
						"error: there is no job execution " + id + ": `jobs list` shows the executions and their ids");
				return Cli.USAGE;
			}
			Restarted restarted = context.getBean(JobExecutions.class).restart(id);
			out.println(restarted.job() + " execution " + restarted.id() + ": " + restarted.status() + " ("
					+ restarted.message() + ")");
			return "COMPLETED".equals(restarted.status()) || "already done".equals(restarted.status()) ? Cli.OK
					: Cli.FAILED;
		}

		/** Batch's JDBC repository answers an unknown id with an exception, not null. */
		private static boolean exists(JobRepository repository, long id) {
			try {
				return repository.getJobExecution(id) != null;
			}
			catch (EmptyResultDataAccessException e) {
				return false;
			}
		}

	}

}
