package io.arrears.audit;

import java.util.List;

import io.arrears.audit.Corrections.Restated;
import io.arrears.dunning.Dunning;
import io.arrears.ledger.LedgerEntry;

/**
 * What a re-run makes of one household on one date: the dunning outcome and the notice it
 * issues, the differences from what was recorded and, when not a dry run, the corrections
 * they call for.
 *
 * @param notice the notice the re-run issues on the date; null when none (not due, or
 * already issued in the episode)
 * @param restated the restated outcome to record; null when nothing differs or in a dry
 * run
 */
record Reconciled(String householdCode, Dunning dunning, NoticeStatement notice, List<Difference> differences,
		List<LedgerEntry> corrections, Restated restated) {

	Reconciled {
		differences = List.copyOf(differences);
		corrections = List.copyOf(corrections);
	}

}
