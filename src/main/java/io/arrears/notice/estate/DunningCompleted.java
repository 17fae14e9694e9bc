package io.arrears.notice.estate;

import java.time.LocalDate;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.arrears.arrears.DunningRuns;

/**
 * The bulletin job's first step. The job reads a date's stage history, which only a
 * completed dunning run of that date writes in full: a bulletin from a missing or
 * half-written history would list the wrong owners in public.
 *
 * <p>
 * A step rather than a {@code JobParametersValidator}: Spring Batch 6 validates after
 * creating the job instance and before its first execution, so a refused start left an
 * instance without an execution that no later start could use. A failed step leaves a
 * failed execution, which the same command restarts once the dunning run is done.
 */
class DunningCompleted implements Tasklet {

	private final DunningRuns dunningRuns;

	private final LocalDate asOf;

	DunningCompleted(DunningRuns dunningRuns, LocalDate asOf) {
		this.dunningRuns = dunningRuns;
		this.asOf = asOf;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!dunningRuns.completed(asOf)) {
			throw new IllegalStateException(refusal(asOf));
		}
		return RepeatStatus.FINISHED;
	}

	static String refusal(LocalDate asOf) {
		return "no completed dunning run as of " + asOf + ": the bulletin and the open letter list the households it"
				+ " put on the ladder. Run `run dunning --as-of " + asOf + "` first.";
	}

}
