package io.arrears.estate;

import java.util.List;

import io.arrears.document.FestivalCard;

/**
 * A card as recorded by the festival job, rebuilt for the print batch, with the
 * fingerprint recorded.
 */
record RecordedCard(FestivalCard card, String fingerprint) {

	/** An estate's recorded cards in delivery order: one print batch. */
	record EstateCards(String estateCode, List<RecordedCard> cards) {

		EstateCards {
			cards = List.copyOf(cards);
		}
	}
}
