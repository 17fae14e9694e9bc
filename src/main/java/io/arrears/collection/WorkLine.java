package io.arrears.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import io.arrears.dunning.Stage;

/**
 * One line of a collector's work list (催收工作单, SPEC §9). It names owners and phones: an
 * internal document.
 *
 * @param collectorCode {@code -} when no collector covers the household
 * @param rank from 1 within the collector's list
 * @param lateFeeDue the late fee the household owes today: posted and unpaid, plus from
 * the late-fee stage on what has accrued and is not posted yet (what a notice would
 * state)
 * @param flag null when none applies
 * @param lastNotice e.g. {@code 2026-02-02 REMINDER 4}; empty when none
 * @param lastContact e.g. {@code 2026-01-25 PHONE PROMISED}; empty when none
 * @param openPromise e.g. {@code 2026-02-05 300.00}; empty when none is open
 * @param limitationEnds the date behind a {@code LIMITATION} flag, null otherwise
 */
public record WorkLine(String collectorCode, int rank, String householdCode, String building, String unit, String room,
		String ownerName, String ownerPhone, Stage stage, int daysOverdue, BigDecimal principalOverdue,
		BigDecimal lateFeeDue, Flag flag, String lastNotice, String lastContact, String openPromise,
		LocalDate limitationEnds) {

	/**
	 * The columns of SPEC §9, then {@code limitation_ends}: the date the limitation issue
	 * asks to see in the line beside the {@code LIMITATION} flag.
	 */
	public static final List<String> COLUMNS = List.of("collector_code", "rank", "household_code", "building", "unit",
			"room", "owner_name", "owner_phone", "stage", "days_overdue", "principal_overdue", "late_fee_due", "flag",
			"last_notice", "last_contact", "open_promise", "limitation_ends");

	/** The line's fields in {@link #COLUMNS} order, unquoted; empty for none. */
	public List<String> fields() {
		return List.of(collectorCode, Integer.toString(rank), householdCode, text(building), text(unit), text(room),
				text(ownerName), text(ownerPhone), stage.name(), Integer.toString(daysOverdue), money(principalOverdue),
				money(lateFeeDue), flag == null ? "" : flag.name(), text(lastNotice), text(lastContact),
				text(openPromise), limitationEnds == null ? "" : limitationEnds.toString());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}
}
