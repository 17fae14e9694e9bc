package io.arrears.notice.estate;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

import io.arrears.arrears.DunningRuns;

/**
 * The bulletin job reads a date's stage history, which only a completed dunning run of that date
 * writes in full: a bulletin from a missing or half-written history would list the wrong owners in
 * public. Checked when the job starts, whoever starts it (command line or scheduler).
 */
class DunningCompleted implements JobParametersValidator {

	private final DunningRuns dunningRuns;

	DunningCompleted(DunningRuns dunningRuns) {
		this.dunningRuns = dunningRuns;
	}

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		LocalDate asOf = parameters == null ? null : parameters.getLocalDate(DunningRuns.AS_OF);
		if (asOf == null) {
			throw new InvalidJobParametersException("the bulletin job needs the as-of date");
		}
		if (!dunningRuns.completed(asOf)) {
			throw new InvalidJobParametersException("no completed dunning run as of " + asOf
					+ ": the bulletin and the open letter list the households it put on the ladder. Run `run dunning --as-of "
					+ asOf + "` first.");
		}
	}
}
