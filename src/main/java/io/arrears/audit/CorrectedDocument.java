package io.arrears.audit;

import java.time.LocalDate;

/**
 * A corrected document a non-dry re-run issues beside the one posted, or the withdrawal
 * of one that should not have been posted ({@code fingerprint} and {@code file} null).
 */
record CorrectedDocument(String job, LocalDate asOf, StatedDocument document, String file) {

	boolean withdrawn() {
		return document.fingerprint() == null;
	}

}
