package io.arrears.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.DeadRuns;
import io.arrears.testing.H2Test;
import io.arrears.testing.TestDatabase;

/**
 * A re-run posts each date's corrections under a job instance of its own, started through
 * {@code batch.JobRunner} like every job: a posting left {@code STARTED} by a process
 * that died is recovered and restarted, not left for a DBA.
 */
@H2Test
class RerunRecoveryH2Test {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	CorrectionsJob correctionsJob;

	@Test
	void aPostingLeftRunningByADeadProcessIsRecoveredAndRestartedByTheSamePosting() throws Exception {
		TestDatabase.wipe(dataSource);
		LocalDate asOf = LocalDate.parse("2026-02-28");
		long runId = 4242;
		JobParameters parameters = new JobParametersBuilder().addLocalDate(RerunConfiguration.AS_OF, asOf, true)
			.addString(RerunConfiguration.MODE, Mode.RESTATE.name(), true)
			.addLong(RerunConfiguration.RUN_ID, runId, true)
			.toJobParameters();
		JobExecution dead = DeadRuns.leftStarted(jobRepository, jdbc, RerunConfiguration.JOB_PREFIX + "dunning",
				parameters, "post-corrections", Duration.ofMinutes(10));

		correctionsJob.post("dunning", Mode.RESTATE, new Corrections(runId, asOf,
				LocalDateTime.parse("2026-03-01T09:00:00"), List.of(), List.of(), List.of()));

		assertThat(jobRepository.getJobExecution(dead.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(jobRepository.getLastJobExecution(RerunConfiguration.JOB_PREFIX + "dunning", parameters).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'", Integer.class))
			.isZero();
	}

}
