package io.arrears.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FestivalCalendarTest {

	private final FestivalCalendar calendar = new FestivalCalendar(7, 1);

	// The official dates (SPEC §5); 2027 and 2030 are where ICU's ChineseCalendar is a
	// day late.
	@ParameterizedTest
	@CsvSource({ "2024, 2024-02-10, 2024-02-24", "2025, 2025-01-29, 2025-02-12", "2026, 2026-02-17, 2026-03-03",
			"2027, 2027-02-06, 2027-02-20", "2028, 2028-01-26, 2028-02-09", "2029, 2029-02-13, 2029-02-27",
			"2030, 2030-02-03, 2030-02-17", })
	void festivalsFallOnTheOfficialDates(int year, LocalDate spring, LocalDate lantern) {
		assertThat(calendar.springFestival(year)).isEqualTo(spring);
		assertThat(calendar.lanternFestival(year)).isEqualTo(lantern);
		assertThat(calendar.festivalDate(Festival.SPRING_FESTIVAL, year)).isEqualTo(spring);
		assertThat(calendar.festivalDate(Festival.LANTERN, year)).isEqualTo(lantern);
	}

	@Test
	void springCardGoesOutAWeekBeforeAndLanternCardTheDayAfter() {
		assertThat(calendar.mailingDate(Festival.SPRING_FESTIVAL, 2026)).isEqualTo(LocalDate.of(2026, 2, 10));
		assertThat(calendar.mailingDate(Festival.LANTERN, 2026)).isEqualTo(LocalDate.of(2026, 3, 4));
		assertThat(calendar.mailingDate(Festival.SPRING_FESTIVAL, 2025)).isEqualTo(LocalDate.of(2025, 1, 22));
	}

	@Test
	void namesTheLunarYear() {
		assertThat(FestivalCalendar.lunarYearName(2026)).isEqualTo("丙午马年");
		assertThat(FestivalCalendar.lunarYearName(2027)).isEqualTo("丁未羊年");
	}

	@Test
	void theMailingDaysAreConfigurable() {
		FestivalCalendar later = new FestivalCalendar(10, 3);

		assertThat(later.mailingDate(Festival.SPRING_FESTIVAL, 2027)).isEqualTo(LocalDate.of(2027, 1, 27));
		assertThat(later.mailingDate(Festival.LANTERN, 2027)).isEqualTo(LocalDate.of(2027, 2, 23));
		assertThatThrownBy(() -> new FestivalCalendar(-1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FestivalProperties(7, 31))
			.hasMessageContaining("arrears.festival.lantern-days-after must be 0 to 30, not 31");
	}

}
