package io.arrears.document;

import io.arrears.festival.Festival;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A festival greeting card to one household (seed practice, parts 1 and 2). Every
 * household gets one; a household in arrears gets the same card with a one-line warm
 * reminder (温馨提醒).
 *
 * @param estate the estate; the card is signed by its service centre manager
 * @param household building, unit, room
 * @param ownerName the owner's name for the salutation
 * @param mailingAddress where the card is delivered
 * @param festival Spring Festival or Lantern Festival
 * @param festivalDate the festival's Gregorian date (from {@code FestivalCalendar})
 * @param asOf the date the arrears are stated at
 * @param arrears amount overdue on {@code asOf} (principal plus late fee); zero for none
 */
public record FestivalCard(EstateInfo estate, HouseholdRef household, String ownerName, String mailingAddress,
		Festival festival, LocalDate festivalDate, LocalDate asOf, BigDecimal arrears) implements Document {
	public FestivalCard {
		Objects.requireNonNull(estate, "estate");
		Objects.requireNonNull(household, "household");
		ownerName = Objects.requireNonNullElse(ownerName, "");
		mailingAddress = Objects.requireNonNullElse(mailingAddress, "");
		Objects.requireNonNull(festival, "festival");
		Objects.requireNonNull(festivalDate, "festivalDate");
		Objects.requireNonNull(asOf, "asOf");
		arrears = Money.exact(arrears, "arrears");
	}

	boolean inArrears() {
		return arrears.signum() > 0;
	}

	@Override
	public String template() {
		return "festival-card";
	}
}
