package io.arrears.estate;

import java.util.ArrayList;
import java.util.List;

import io.arrears.document.EstateList;

/**
 * What is posted for one estate on one date: always the bulletin-board list, and the open
 * letter when someone has reached {@code OPEN_LETTER}.
 *
 * @param openLetter null when nobody in the estate is at {@code OPEN_LETTER} or later
 */
record EstatePosting(EstateList bulletin, EstateList openLetter) {

	List<EstateList> documents() {
		List<EstateList> documents = new ArrayList<>(2);
		documents.add(bulletin);
		if (openLetter != null) {
			documents.add(openLetter);
		}
		return documents;
	}
}
