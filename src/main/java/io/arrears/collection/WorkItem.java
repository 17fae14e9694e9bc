package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.arrears.dunning.Assessment;

/**
 * One household as the work list takes it: where it is, who owns it, its assessment of
 * the day (as {@link CollectionRules#treat} left it: team {@code MANAGER} while on hold),
 * its collection state, and what else the line shows.
 *
 * @param lastNotice null when none was issued
 * @param limitationEnds the earliest {@code limitation_ends} of its overdue charges (SPEC
 * §10), null when it has none
 * @param lateFeeDue what a notice of the day would state of late fees: the posted and
 * unpaid ones plus, from the late-fee stage on, the accrual not posted yet
 */
public record WorkItem(String householdCode, String estateCode, String building, String unit, String room,
		String ownerName, String ownerPhone, Assessment assessment, CollectionState collection, LastNotice lastNotice,
		LocalDate limitationEnds, BigDecimal lateFeeDue) {

	/** The household with the late fees due that its assessment's lines state. */
	public WorkItem(String householdCode, String estateCode, String building, String unit, String room,
			String ownerName, String ownerPhone, Assessment assessment, CollectionState collection,
			LastNotice lastNotice, LocalDate limitationEnds) {
		this(householdCode, estateCode, building, unit, room, ownerName, ownerPhone, assessment, collection, lastNotice,
				limitationEnds, WorkList.lateFeeDue(assessment));
	}

}
