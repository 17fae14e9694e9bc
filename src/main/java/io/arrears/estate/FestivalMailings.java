package io.arrears.estate;

import io.arrears.festival.FestivalCalendar;

/**
 * Turns a festival run's job parameters into the run, with the calendar the scheduler
 * fires the cards by ({@code arrears.festival.*}), so that a manager who moves the
 * mailing moves the date the card states the arrears at too.
 */
final class FestivalMailings {

	private final FestivalCalendar calendar;

	FestivalMailings(FestivalCalendar calendar) {
		this.calendar = calendar;
	}

	FestivalRun run(String festival, Long year) {
		return FestivalRun.of(festival, year, calendar);
	}

}
