package io.arrears.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.arrears.ledger.LedgerEntry;

/**
 * What a non-dry re-run posts for one date: new ledger entries (reversals of wrong late
 * fees and the corrected fees) and the restated outcome of each household that differed,
 * for the dunning job; the corrected documents, for the bulletin and the month-end.
 */
record Corrections(long runId, LocalDate asOf, LocalDateTime recordedAt, List<LedgerEntry> entries,
		List<Restated> restated, List<CorrectedDocument> documents) {

	Corrections {
		entries = List.copyOf(entries);
		restated = List.copyOf(restated);
		documents = List.copyOf(documents);
	}

	/** Corrected documents only. */
	static Corrections ofDocuments(long runId, LocalDate asOf, LocalDateTime recordedAt,
			List<CorrectedDocument> documents) {
		return new Corrections(runId, asOf, recordedAt, List.of(), List.of(), documents);
	}

	/** The number of things posted: ledger entries and documents. */
	int size() {
		return entries.size() + documents.size();
	}

	/**
	 * A household's corrected stage row and the notice it should have had (null: none).
	 */
	record Restated(String householdCode, StageRow stage, NoticeStatement notice) {
	}
}
