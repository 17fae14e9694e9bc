package io.arrears.collection;

import java.time.LocalDate;

import io.arrears.dunning.NoticeKind;

/** The last per-household notice issued to a household, as the registry recorded it. */
public record LastNotice(NoticeKind kind, int number, LocalDate issuedOn) {

	/**
	 * As the work list shows it: {@code 2026-02-02 REMINDER 4}, {@code … LAWYER_LETTER}.
	 */
	public String text() {
		return kind == NoticeKind.REMINDER ? issuedOn + " " + kind + " " + number : issuedOn + " " + kind;
	}
}
