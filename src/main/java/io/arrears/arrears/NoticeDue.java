package io.arrears.arrears;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.arrears.notice.NoticeKind;

/**
 * The per-household notice a household's stage calls for today. The registry issues it unless
 * the same kind and number was already issued in this episode.
 *
 * @param episodeDueDate the due date of the oldest overdue charge, which names the episode
 * @param lateFee what the notice states as late fee: posted fees still owed, plus from the
 *     late-fee stage on the fee accrued and not yet posted
 */
public record NoticeDue(NoticeKind kind, int number, LocalDate episodeDueDate, BigDecimal principal,
		BigDecimal lateFee) {

	public BigDecimal total() {
		return principal.add(lateFee);
	}
}
