package io.arrears.audit;

import java.time.LocalDate;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The one step of a {@code rerun-dunning} job instance: posts the date's corrections in
 * one transaction, so that a date is corrected wholly or not at all.
 */
class PostCorrectionsTasklet implements Tasklet {

	private final PendingCorrections pending;

	private final AuditRuns auditRuns;

	private final long runId;

	private final LocalDate asOf;

	PostCorrectionsTasklet(PendingCorrections pending, AuditRuns auditRuns, long runId, LocalDate asOf) {
		this.pending = pending;
		this.auditRuns = auditRuns;
		this.runId = runId;
		this.asOf = asOf;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Corrections corrections = pending.take(runId, asOf);
		auditRuns.post(corrections);
		contribution.incrementWriteCount(corrections.size());
		return RepeatStatus.FINISHED;
	}

}
