package io.arrears.schedule;

import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Component;

import io.arrears.finance.MonthEndRuns;
import io.arrears.finance.MonthEndRuns.MonthEndSummary;

/**
 * The month-end finance pack, as of the firing's date (the month's last day by the
 * schedule).
 */
@Component
class MonthEndScheduledJob implements ScheduledJob {

	private final MonthEndRuns runs;

	MonthEndScheduledJob(MonthEndRuns runs) {
		this.runs = runs;
	}

	@Override
	public String name() {
		return "month-end";
	}

	@Override
	public Outcome run(Firing firing) throws Exception {
		MonthEndSummary summary = runs.run(firing.asOf());
		if (summary.alreadyDone()) {
			return Outcome
				.alreadyDone(summary.estates() + " estates, " + summary.files() + " files in " + summary.where());
		}
		if (summary.status() == BatchStatus.STARTED) {
			// refused: it runs (or may still run) elsewhere, and the message says until
			// when
			return Outcome.failed(summary.failure());
		}
		if (summary.status() != BatchStatus.COMPLETED) {
			return Outcome.failed(summary.status() + ": " + summary.failure() + "; `run month-end --as-of "
					+ firing.asOf() + "` restarts it");
		}
		return Outcome.done(summary.estates() + " estates, " + summary.households() + " households, "
				+ summary.inArrears() + " in arrears; " + summary.files() + " files in " + summary.where());
	}

}
