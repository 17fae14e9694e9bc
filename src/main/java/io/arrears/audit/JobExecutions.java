package io.arrears.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.batch.JobRunner;
import io.arrears.batch.JobRunner.JobRun;
import io.arrears.dunning.DunningRuns;

/**
 * The job repository as an operator reads it ({@code jobs list}) and the restart of one
 * execution ({@code jobs restart ID}). Listing is one query over Batch's tables, newest
 * first; restarting a dunning execution goes through {@link DunningRuns}, which holds the
 * date's lock and recovers an execution left running by a dead process.
 */
@Component
public class JobExecutions {

	static final String LIST = """
			SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.START_TIME, e.END_TIME, e.LAST_UPDATED,
			       (SELECT COALESCE(SUM(s.READ_COUNT), 0) FROM BATCH_STEP_EXECUTION s
			         WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID) AS READ_COUNT,
			       (SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s
			         WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID) AS WRITE_COUNT,
			       (SELECT COALESCE(SUM(s.COMMIT_COUNT), 0) FROM BATCH_STEP_EXECUTION s
			         WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID) AS COMMIT_COUNT
			  FROM BATCH_JOB_EXECUTION e
			  JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
			 ORDER BY e.JOB_EXECUTION_ID DESC
			 LIMIT ?
			""";

	static final String PARAMETERS = """
			SELECT p.JOB_EXECUTION_ID, p.PARAMETER_NAME, p.PARAMETER_VALUE
			  FROM BATCH_JOB_EXECUTION_PARAMS p
			 WHERE p.JOB_EXECUTION_ID >= ?
			 ORDER BY p.JOB_EXECUTION_ID, p.PARAMETER_NAME
			""";

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final JobRunner jobRunner;

	private final List<Job> jobs;

	private final DunningRuns dunningRuns;

	JobExecutions(JdbcTemplate jdbc, JobRepository jobRepository, JobRunner jobRunner, List<Job> jobs,
			DunningRuns dunningRuns) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.jobRunner = jobRunner;
		this.jobs = List.copyOf(jobs);
		this.dunningRuns = dunningRuns;
	}

	/**
	 * One execution, as {@code jobs list} shows it.
	 *
	 * @param parameters name=value, in name order
	 * @param took null while it runs
	 */
	public record Row(long id, String job, Map<String, String> parameters, String status, String exitCode,
			LocalDateTime started, Duration took, long read, long written, long commits) {
	}

	/** The newest executions, newest first. */
	public List<Row> list(int limit) {
		List<Row> rows = new ArrayList<>();
		jdbc.query(LIST, rs -> {
			Timestamp start = rs.getTimestamp("START_TIME");
			Timestamp end = rs.getTimestamp("END_TIME");
			rows.add(new Row(rs.getLong("JOB_EXECUTION_ID"), rs.getString("JOB_NAME"), new LinkedHashMap<>(),
					rs.getString("STATUS"), rs.getString("EXIT_CODE"), start == null ? null : start.toLocalDateTime(),
					start == null || end == null ? null
							: Duration.between(start.toLocalDateTime(), end.toLocalDateTime()),
					rs.getLong("READ_COUNT"), rs.getLong("WRITE_COUNT"), rs.getLong("COMMIT_COUNT")));
		}, limit);
		if (!rows.isEmpty()) {
			Map<Long, Row> byId = new LinkedHashMap<>();
			rows.forEach(r -> byId.put(r.id(), r));
			jdbc.query(PARAMETERS, rs -> {
				Row row = byId.get(rs.getLong("JOB_EXECUTION_ID"));
				if (row != null) {
					row.parameters().put(rs.getString("PARAMETER_NAME"), rs.getString("PARAMETER_VALUE"));
				}
			}, rows.get(rows.size() - 1).id());
		}
		return rows;
	}

	/** What a restart did, in a line for the operator. */
	public record Restarted(long id, String job, String status, String message) {
	}

	/**
	 * Restarts a failed or stopped execution from its last committed chunk, through
	 * {@link JobRunner} like the command that started it: one left running by a dead
	 * process is recovered first, under the instance's lock.
	 */
	public Restarted restart(long executionId) throws Exception {
		JobExecution execution = jobRepository.getJobExecution(executionId);
		if (execution == null) {
			throw new IllegalArgumentException("no job execution " + executionId + " (see `jobs list`)");
		}
		String job = execution.getJobInstance().getJobName();
		if (job.equals("dunning")) {
			LocalDate asOf = execution.getJobParameters().getLocalDate(DunningRuns.AS_OF);
			DunningRuns.RunSummary summary = dunningRuns.run(asOf);
			return new Restarted(executionId, job, summary.alreadyDone() ? "already done" : summary.status().name(),
					summary.failure() == null ? "dunning " + asOf : summary.failure());
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return new Restarted(executionId, job, "already done", "nothing to restart");
		}
		Job runnable = jobs.stream()
			.filter(j -> j.getName().equals(job))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"execution " + executionId + " is of job " + job + ", which this version does not have"));
		// the instance's own parameters: the same lock and recovery as the command that
		// started it
		JobRun run = jobRunner.start(runnable, execution.getJobParameters());
		long id = run.execution() == null || run.refused() ? executionId : run.execution().getId();
		return new Restarted(id, job, run.alreadyDone() ? "already done" : run.status().name(),
				run.message() == null ? "restart of " + executionId : run.message());
	}

}
