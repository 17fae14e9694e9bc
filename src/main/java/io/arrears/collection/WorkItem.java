package io.arrears.collection;

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
 */
public record WorkItem(String householdCode, String estateCode, String building, String unit, String room,
		String ownerName, String ownerPhone, Assessment assessment, CollectionState collection, LastNotice lastNotice,
		LocalDate limitationEnds) {
}
