package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.arrears.dunning.Team;
import io.arrears.limitation.LimitationPeriod;

/**
 * What one streaming pass over the ledger of a date yields for collection work: the work
 * lists (SPEC §9), what the daily review counts of each household, and the charges whose
 * limitation period ended in the date's month (SPEC §10).
 *
 * @param estateOf each household's estate, by household code
 * @param names each collector's name, by code (the current version)
 * @param review one entry per household, in household order
 * @param endedInMonth the charges outstanding on the date whose {@code limitation_ends}
 * (their last day that can be claimed in court) falls in the date's month, by that day,
 * then household, then charge: from the next month on they can no longer be claimed
 */
public record CollectionDay(LocalDate asOf, Coverage coverage, List<WorkLine> lines, Map<String, String> estateOf,
		Map<String, String> names, List<ReviewItem> review, List<LimitationPeriod> endedInMonth) {

	public CollectionDay {
		lines = List.copyOf(lines);
		estateOf = Map.copyOf(estateOf);
		names = Map.copyOf(names);
		review = List.copyOf(review);
		endedInMonth = List.copyOf(endedInMonth);
	}

	/** The lines of one estate's households, in list order. */
	public List<WorkLine> linesOf(String estateCode) {
		return lines.stream().filter(l -> estateCode.equals(estateOf.get(l.householdCode()))).toList();
	}

	/**
	 * One household as the daily review takes it (SPEC §9), gathered in the pass.
	 *
	 * @param listedWith the collector whose work list holds it on the date, null when on
	 * none
	 * @param teamYesterday its team the day before (null: not in arrears then)
	 * @param current whether it is {@code CURRENT} on the date
	 * @param monthCollector the collector whose month it counts in: the one whose list
	 * holds it on the date, else the one who covered it at the start of the month, else
	 * null
	 * @param openingPrincipal its overdue principal on the first day of the month
	 * @param paidToday its payments effective on the date
	 * @param paidMonth its payments effective from the first of the month to the date
	 * @param limitation whether its line carries the {@code LIMITATION} flag
	 * @param contacts its contacts recorded by the end of the date
	 * @param promises its promises judged on the date
	 */
	public record ReviewItem(String householdCode, String estateCode, String building, String listedWith,
			Team teamYesterday, boolean current, String monthCollector, BigDecimal openingPrincipal,
			BigDecimal paidToday, BigDecimal paidMonth, boolean limitation, List<Contact> contacts,
			List<Promise> promises) {

		public ReviewItem {
			contacts = List.copyOf(contacts);
			promises = List.copyOf(promises);
		}
	}

}
