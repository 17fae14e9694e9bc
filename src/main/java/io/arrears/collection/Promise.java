package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A {@code PROMISED} contact judged on a date.
 *
 * @param amount what was promised: the contact's amount, or the overdue principal on
 * {@code contacted_on} when it gave none
 * @param holds false for a promise made within the cooldown after a broken one: it is
 * recorded and judged, but the ladder goes on
 * @param replacedOn the day a later promise replaced it, null when none did by the date
 * @param paid the household's payments effective from the contact to the promise date
 */
public record Promise(Contact contact, BigDecimal amount, boolean holds, LocalDate replacedOn, PromiseStatus status,
		BigDecimal paid) {

	public LocalDate promiseDate() {
		return contact.promiseDate();
	}

	/** The day it broke (the day after its date), or null when it is not broken. */
	public LocalDate brokenOn() {
		return status == PromiseStatus.BROKEN ? contact.promiseDate().plusDays(1) : null;
	}

	/** Whether it is open and holds the ladder: no notice, no public listing. */
	public boolean isHolding() {
		return status == PromiseStatus.OPEN && holds;
	}
}
