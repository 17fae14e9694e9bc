package io.arrears.schedule;

import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Component;

import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.DunningRuns.RunSummary;

/** The daily dunning run, as of the firing's date. */
@Component
class DunningScheduledJob implements ScheduledJob {

	private final DunningRuns runs;

	DunningScheduledJob(DunningRuns runs) {
		this.runs = runs;
	}

	@Override
	public String name() {
		return "dunning";
	}

	@Override
	public Outcome run(Firing firing) throws Exception {
		RunSummary summary = runs.run(firing.asOf());
		if (summary.alreadyDone()) {
			return Outcome.alreadyDone(summary.totals().households() + " households");
		}
		if (summary.status() == BatchStatus.STARTED) {
			// refused: it runs (or may still run) elsewhere, and the message says until
			// when
			return Outcome.failed(summary.failure());
		}
		if (summary.status() != BatchStatus.COMPLETED) {
			return Outcome.failed(summary.status() + ": " + summary.failure() + "; `run dunning --as-of "
					+ firing.asOf() + "` restarts it from its last committed chunk");
		}
		var totals = summary.totals();
		return Outcome.done(totals.households() + " households, " + totals.inArrears() + " in arrears, "
				+ totals.lateFees() + " late fees posted (" + totals.lateFeeAmount() + " yuan), "
				+ summary.noticesIssued() + " notices issued"
				+ (summary.refusedNotices().isEmpty() ? "" : ", " + summary.refusedNotices().size() + " refused: "
						+ String.join("; ", summary.refusedNotices())));
	}

}
