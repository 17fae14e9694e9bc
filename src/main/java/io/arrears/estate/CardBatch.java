package io.arrears.estate;

import java.nio.file.Path;
import java.util.List;

import io.arrears.document.DocumentRenderer.CoverSheet;

/**
 * One print batch of a festival's cards, as {@link CardBatchReader} forms it: one estate,
 * in delivery order, at most {@code print-batch-size} cards.
 *
 * @param run the mailing it belongs to
 * @param cover what its cover sheet says
 * @param folder where its file goes
 * @param name its file name without ".pdf"
 * @param cards the cards it prints, in page order
 * @param done every card of it is already recorded as printed (a restart): not rendered
 * again
 */
record CardBatch(FestivalRun run, CoverSheet cover, Path folder, String name, List<RecordedCard> cards, boolean done) {

	CardBatch {
		cards = List.copyOf(cards);
	}

}
