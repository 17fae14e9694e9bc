package io.arrears.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.arrears.dunning.DunningRuns;
import io.arrears.batch.StaleExecutions.Verdict;
import io.arrears.testing.H2Test;
import io.arrears.testing.TestDatabase;

/**
 * A dunning execution that failed while one of its remote partitions was left
 * {@code STARTED} (the manager timed out on a worker that died): Batch refuses to restart
 * it while that step looks running, so the partition is failed, but only once it has
 * written nothing for the stale-after time (here 1 s); a live worker's partition is left
 * alone.
 */
@H2Test
@TestPropertySource(properties = "arrears.recovery.stale-after=1s")
class StalePartitionsH2Test {

	private static final String JOB = "dunning";

	@Autowired
	JobRepository jobRepository;

	@Autowired
	StaleExecutions staleExecutions;

	@Autowired
	DataSource dataSource;

	@Test
	void aPartitionLeftRunningByAFailedExecutionIsFailedOnceItIsQuietSoThatTheDateRestarts() throws Exception {
		TestDatabase.wipe(dataSource);
		JobParameters parameters = DunningRuns.parameters(LocalDate.parse("2026-02-28"));
		JobInstance instance = jobRepository.createJobInstance(JOB, parameters);
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		StepExecution manager = jobRepository.createStepExecution("assess", execution);
		StepExecution partition = jobRepository.createStepExecution("assess-range:partition0", execution);
		StepExecution done = jobRepository.createStepExecution("assess-range:partition1", execution);
		LocalDateTime now = LocalDateTime.now();
		partition.setStartTime(now);
		partition.setStatus(BatchStatus.STARTED);
		jobRepository.update(partition);
		done.setStartTime(now);
		done.setEndTime(now);
		done.setStatus(BatchStatus.COMPLETED);
		jobRepository.update(done);
		manager.setStartTime(now);
		manager.setEndTime(now);
		manager.setStatus(BatchStatus.FAILED);
		jobRepository.update(manager);
		execution.setStartTime(now);
		execution.setEndTime(now);
		execution.setStatus(BatchStatus.FAILED);
		jobRepository.update(execution);

		assertThat(staleExecutions.recoverIfStale(JOB, parameters)).as("just written: may be a live worker")
			.isEqualTo(Verdict.MAYBE_ALIVE);
		assertThat(jobRepository.getStepExecution(partition.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);

		Thread.sleep(1500);
		assertThat(staleExecutions.recoverIfStale(JOB, parameters)).isEqualTo(Verdict.RECOVERED);
		assertThat(jobRepository.getStepExecution(partition.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(jobRepository.getStepExecution(done.getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(staleExecutions.recoverIfStale(JOB, parameters)).isEqualTo(Verdict.NOT_RUNNING);
	}

}
