package io.arrears.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What was recorded for one household on one date, as the mode sees it.
 *
 * @param stage the stage row, or null when the date was never run for the household
 * @param lateFees the late fee posted on the date for each charge, net of reversals
 * @param notice the notice issued on the date, or null
 * @param keptBack the notice the run recorded as kept back by a promise or hold
 * ({@code notice_suppression}), or null; null too for an outcome a restatement restated
 */
record RecordedHousehold(StageRow stage, Map<String, PostedFee> lateFees, NoticeStatement notice, KeptBack keptBack) {

	static final RecordedHousehold NOTHING = new RecordedHousehold(null, Map.of(), null, null);

	/**
	 * The pipeline's late fees of one charge posted on the date and not reversed: usually
	 * one {@code LF:} entry, after an audit correction its corrected entry.
	 */
	record PostedFee(String chargeReference, BigDecimal amount, List<String> references) {
	}
}
