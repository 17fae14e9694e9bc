package io.arrears.estate;

import io.arrears.document.FestivalCard;

/**
 * A card as recorded by the festival job, rebuilt for its print batch, with the
 * fingerprint recorded and whether a print batch is already recorded for it (a restart).
 */
record RecordedCard(FestivalCard card, String fingerprint, boolean printed) {
}
