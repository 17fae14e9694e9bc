package io.arrears.audit;

import java.time.LocalDate;
import java.util.List;

import io.arrears.ledger.LedgerEntry;

/**
 * What a non-dry re-run posts for one date: new ledger entries (reversals of wrong late
 * fees and the corrected fees) and the restated outcome of each household that differed.
 */
record Corrections(long runId, LocalDate asOf, List<LedgerEntry> entries, List<Restated> restated) {

	Corrections {
		entries = List.copyOf(entries);
		restated = List.copyOf(restated);
	}

	/**
	 * A household's corrected stage row and the notice it should have had (null: none).
	 */
	record Restated(String householdCode, StageRow stage, NoticeStatement notice) {
	}
}
