package io.arrears.schedule;

import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Component;

import io.arrears.arrears.DunningRuns;
import io.arrears.arrears.DunningRuns.RunSummary;

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
			return Outcome.alreadyDone(summary.households() + " households");
		}
		if (summary.status() != BatchStatus.COMPLETED) {
			return Outcome.failed(summary.status() + ": " + summary.failure()
					+ "; `run dunning --as-of " + firing.asOf() + "` restarts it from its last committed chunk");
		}
		return Outcome.done(summary.households() + " households, " + summary.inArrears() + " in arrears, "
				+ summary.lateFeesPosted() + " late fees posted, " + summary.noticesIssued() + " notices issued");
	}
}
