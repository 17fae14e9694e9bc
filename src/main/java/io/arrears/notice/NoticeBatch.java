package io.arrears.notice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.arrears.document.DocumentRenderer;
import io.arrears.document.DocumentRenderer.CoverSheet;

/**
 * One print batch of a day's notices, as the reader forms it: one estate, one kind, in
 * delivery order, at most {@code print-batch-size} notices; with the notices that cannot
 * be printed (a character the font lacks), met while forming it, to take back.
 *
 * @param cover what its cover sheet says
 * @param folder where its file goes
 * @param name its file name without ".pdf"
 * @param notices the notices it prints, in page order (may be empty when all were
 * refused)
 * @param checked each notice bound to its template and checked against the font, in the
 * same order (null for a notice already printed): filled from, not checked again
 * @param refused the notices taken back, with {@code refusals} saying why
 * @param done every notice of it is already recorded as printed (a restart): not rendered
 * again
 */
record NoticeBatch(CoverSheet cover, Path folder, String name, List<IssuedNotice> notices,
		List<DocumentRenderer.Checked> checked, List<Long> refused, List<String> refusals, boolean done) {

	NoticeBatch {
		notices = List.copyOf(notices);
		// may hold nulls (notices already printed)
		checked = Collections.unmodifiableList(new ArrayList<>(checked));
		refused = List.copyOf(refused);
		refusals = List.copyOf(refusals);
	}

}
