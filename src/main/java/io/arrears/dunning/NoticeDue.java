package io.arrears.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The per-household notice a household's stage calls for today. The registry issues it
 * unless the same kind and number was already issued in this episode.
 *
 * @param episodeDueDate the due date of the oldest overdue charge, which names the
 * episode
 * @param principal the overdue principal
 * @param lines what the notice states charge by charge; their late fees add up to
 * {@link #lateFee()}
 */
public record NoticeDue(NoticeKind kind, int number, LocalDate episodeDueDate, BigDecimal principal,
		List<ArrearsLine> lines) {

	public NoticeDue {
		lines = List.copyOf(lines);
	}

	/**
	 * The late fee the notice states: posted fees still owed, plus from the late-fee
	 * stage on the fee accrued and not yet posted.
	 */
	public BigDecimal lateFee() {
		return lines.stream().map(ArrearsLine::lateFee).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	public BigDecimal total() {
		return principal.add(lateFee());
	}
}
