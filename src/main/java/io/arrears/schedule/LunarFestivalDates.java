package io.arrears.schedule;

import java.time.LocalDate;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * {@link FestivalDates} from {@code cn.6tail:lunar}, which agrees with the official calendar
 * where ICU4J's {@code ChineseCalendar} is a day late (2027, 2030: SPEC §5).
 */
// TODO(lead): delegate to io.arrears.schedule.FestivalCalendar (docs branch) once merged, so that
// cards and their firings share one calendar.
class LunarFestivalDates implements FestivalDates {

	@Override
	public LocalDate springFestival(int year) {
		return solar(Lunar.fromYmd(year, 1, 1));
	}

	@Override
	public LocalDate lanternFestival(int year) {
		return solar(Lunar.fromYmd(year, 1, 15));
	}

	private static LocalDate solar(Lunar lunar) {
		Solar solar = lunar.getSolar();
		return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
	}
}
