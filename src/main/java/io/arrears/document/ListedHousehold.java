package io.arrears.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One household on a public list. It holds only what may be posted: no phone, and a name
 * only in the form {@link PublicName} allows, so a full name never reaches the document
 * or its fingerprint.
 *
 * @param household building, unit, room
 * @param publicName empty, or a masked surname (张**)
 * @param amount amount overdue (principal plus late fee)
 * @param oldestDueDate due date of the oldest overdue charge
 * @param daysOverdue days since that date
 */
public record ListedHousehold(HouseholdRef household, String publicName, BigDecimal amount, LocalDate oldestDueDate,
		int daysOverdue) {
	public ListedHousehold {
		Objects.requireNonNull(household, "household");
		publicName = Objects.requireNonNullElse(publicName, "");
		if (!publicName.isEmpty() && !publicName.endsWith("**")) {
			throw new IllegalArgumentException("a public list shows no unmasked name; use PublicName.apply");
		}
		amount = Money.exact(amount, "amount");
		Objects.requireNonNull(oldestDueDate, "oldestDueDate");
		if (daysOverdue < 0) {
			throw new IllegalArgumentException("daysOverdue < 0: " + daysOverdue);
		}
	}

	/** The row for a household, its name shown as the estate's setting allows. */
	public static ListedHousehold of(HouseholdRef household, String ownerName, PublicName display, BigDecimal amount,
			LocalDate oldestDueDate, int daysOverdue) {
		return new ListedHousehold(household, display.apply(ownerName), amount, oldestDueDate, daysOverdue);
	}
}
