package io.arrears.audit;

import java.util.Set;

import io.arrears.dunning.HouseholdLedger;

/**
 * A household as a date of a re-run sees it: the ledger as that date knew it (with the
 * re-run's own late fees of the earlier dates in place of the pipeline's), the notices
 * already issued to it, and what was recorded for it on the date.
 *
 * @param issued registry keys of the notices issued before the date
 * @param recorded what the job recorded on the date; {@link RecordedHousehold#NOTHING}
 * when it recorded nothing, or when the re-run does not compare households (a document
 * job's)
 */
record RerunHousehold(HouseholdLedger ledger, Set<String> issued, RecordedHousehold recorded) {

	RerunHousehold {
		issued = Set.copyOf(issued);
	}

	String householdCode() {
		return ledger.householdCode();
	}

}
