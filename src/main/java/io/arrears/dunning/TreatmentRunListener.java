package io.arrears.dunning;

import java.time.LocalDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Tells the household treatment that the daily run's assessment of its date begins and
 * that it completed ({@link HouseholdTreatment.Factory#runStarting},
 * {@link HouseholdTreatment.Factory#runCompleted}): a listener of the assessment step,
 * the manager's when it is partitioned, so once per run whatever the grid size.
 */
public final class TreatmentRunListener implements StepExecutionListener {

	private final ObjectProvider<HouseholdTreatment.Factory> treatments;

	public TreatmentRunListener(ObjectProvider<HouseholdTreatment.Factory> treatments) {
		this.treatments = treatments;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		treatments.ifAvailable(f -> f.runStarting(asOf(stepExecution)));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
			treatments.ifAvailable(f -> f.runCompleted(asOf(stepExecution)));
		}
		return stepExecution.getExitStatus();
	}

	private static LocalDate asOf(StepExecution stepExecution) {
		return stepExecution.getJobParameters().getLocalDate(DunningRuns.AS_OF);
	}

}
