package io.arrears.dunning;

import java.time.LocalDate;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The first step of a job that reads a date's stage history (the bulletin, the month-end
 * pack): only a completed dunning run of that date has written it in full, so the job
 * stops here, saying what to do, when there is none.
 *
 * <p>
 * A step rather than a {@code JobParametersValidator}: Spring Batch 6 validates after
 * creating the job instance and before its first execution, so a refused start left an
 * instance without an execution that no later start could use. A failed step leaves a
 * failed execution, which the same command restarts once the dunning run is done.
 */
public class DunningCompletedCheck implements Tasklet {

	private final DunningRuns dunningRuns;

	private final LocalDate asOf;

	private final String refusal;

	/**
	 * @param refusal what the failed step says: why the job needs the run, and what to do
	 */
	public DunningCompletedCheck(DunningRuns dunningRuns, LocalDate asOf, String refusal) {
		this.dunningRuns = dunningRuns;
		this.asOf = asOf;
		this.refusal = refusal;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!dunningRuns.completed(asOf)) {
			throw new IllegalStateException(refusal);
		}
		return RepeatStatus.FINISHED;
	}

}
