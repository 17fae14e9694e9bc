package io.arrears.audit;

import io.arrears.audit.Difference.Cause;
import io.arrears.dunning.Withheld;

/**
 * A notice the stage called for on a date and a promise or hold kept back: as the re-run
 * decides it, or as the dunning run recorded it ({@code notice_suppression}).
 *
 * @param notice kind, number and episode, as {@link NoticeStatement#key()} writes them
 */
record KeptBack(String notice, Cause cause) {

	static KeptBack of(Withheld withheld) {
		return new KeptBack(
				key(withheld.notice().kind().name(), withheld.notice().number(), withheld.notice().episodeDueDate()),
				new Cause(withheld.cause(), withheld.reason(), withheld.causeReference(), null, withheld.until()));
	}

	static String key(String kind, int number, java.time.LocalDate episode) {
		return kind + " " + number + " episode " + episode;
	}

	String describe() {
		return "withheld " + notice + " by " + cause.describe();
	}

}
