package io.arrears.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A list posted for a whole estate: the bulletin-board list or the open letter to all
 * owners.
 *
 * @param estate the estate
 * @param kind bulletin or open letter
 * @param asOf the date the list is as of
 * @param households households in the estate
 * @param householdsPaid households with nothing overdue on {@code asOf}
 * @param rows households listed, in the order printed (building-unit-room is usual)
 * @param deadline pay by this date
 */
public record EstateList(EstateInfo estate, EstateListKind kind, LocalDate asOf, int households, int householdsPaid,
		List<ListedHousehold> rows, LocalDate deadline) implements Document {
	public EstateList {
		Objects.requireNonNull(estate, "estate");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(deadline, "deadline");
		rows = List.copyOf(rows);
		if (households < 0 || householdsPaid < 0 || householdsPaid > households) {
			throw new IllegalArgumentException("paid " + householdsPaid + " of " + households + " households");
		}
	}

	/**
	 * Share of households that paid, in percent with one decimal (96.7), rounded half-up.
	 */
	BigDecimal paidPercent() {
		if (households == 0) {
			return new BigDecimal("100.0");
		}
		return BigDecimal.valueOf(householdsPaid)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(households), 1, RoundingMode.HALF_UP);
	}

	@Override
	public String template() {
		return kind == EstateListKind.BULLETIN ? "bulletin" : "open-letter";
	}
}
