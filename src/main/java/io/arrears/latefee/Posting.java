package io.arrears.latefee;

import java.time.LocalDate;

/** When accrued late fees become ledger entries (SPEC §4). */
public enum Posting {

	/**
	 * On the last day of each month: one late-fee line per charge per month on a
	 * statement.
	 */
	MONTH_END,

	/** On every run. */
	DAILY;

	public boolean isPostingDay(LocalDate day) {
		return this == DAILY || day.getDayOfMonth() == day.lengthOfMonth();
	}

}
