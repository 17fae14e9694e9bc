package io.arrears.finance;

import java.time.LocalDate;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.arrears.arrears.DunningRuns;

/**
 * The month-end job's first step: the pack reads the dunning assessment of its date, so
 * it stops here, saying what to do, when that assessment is not complete.
 * {@link MonthEndRuns} runs the assessment before it starts the job; this step guards a
 * start by any other way (a restart through the job operator, a test).
 */
class AssessmentCheck implements Tasklet {

	private final DunningRuns dunningRuns;

	private final LocalDate asOf;

	AssessmentCheck(DunningRuns dunningRuns, LocalDate asOf) {
		this.dunningRuns = dunningRuns;
		this.asOf = asOf;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!dunningRuns.completed(asOf)) {
			throw new IllegalStateException("the dunning assessment as of " + asOf
					+ " is not complete: run `run dunning --as-of " + asOf + "`, then the month-end again");
		}
		return RepeatStatus.FINISHED;
	}

}
