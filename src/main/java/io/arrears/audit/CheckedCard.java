package io.arrears.audit;

import java.math.BigDecimal;
import java.util.List;

import io.arrears.dunning.Assessment;

/**
 * What a festival mailing's re-run makes of one household: its standing on the mailing
 * date, the warm reminder its card should state, and how that differs from the card sent.
 *
 * @param arrears the warm reminder the card should state; zero for none
 * @param reissue whether a corrected card is to be issued (not a dry run, and the card
 * sent differs or none was sent)
 */
record CheckedCard(String householdCode, Assessment standing, String stage, BigDecimal arrears,
		List<Difference> differences, boolean reissue) {

	CheckedCard {
		differences = List.copyOf(differences);
	}

}
