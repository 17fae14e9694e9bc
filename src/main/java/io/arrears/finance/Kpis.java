package io.arrears.finance;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The collection figures of one estate as of a date; docs/month-end.md defines each.
 *
 * @param paidThisPeriod households with nothing overdue at the date, of those with a
 * charge that fell due in the date's month before the date
 * @param inArrears households not CURRENT, of all
 * @param beyondTarget households overdue for at least the target's days, of all: what the
 * practice's "fewer than 10% two months after the due date" measures
 * @param lawyerLetterPaid lawyer's letters whose stated principal was paid within the set
 * days, of the letters issued in the window
 * @param lawyerLettersUnmeasured letters of the window with no assessment on the day
 * their time ran out
 * @param lawyerWindowFrom first day of the letters' window
 * @param lawyerWindowTo last day of the letters' window
 * @param notices notices issued in the date's month up to the date, per kind, every kind
 * present
 */
record Kpis(Share paidThisPeriod, Share inArrears, Share beyondTarget, Share lawyerLetterPaid,
		int lawyerLettersUnmeasured, LocalDate lawyerWindowFrom, LocalDate lawyerWindowTo,
		Map<String, Integer> notices) {

	Kpis {
		notices = Collections.unmodifiableMap(new LinkedHashMap<>(notices));
	}
}
