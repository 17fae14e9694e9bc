package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/** Short builders of the rows the collection tests need, for household {@code H}. */
final class Facts {

	private Facts() {
	}

	static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	static Contact promise(String ref, String on, String by, String amount) {
		return new Contact(ref, "H", "C01", d(on), Channel.PHONE, Outcome.PROMISED, d(by),
				amount == null ? null : new BigDecimal(amount), null, d(on).atTime(12, 0));
	}

	static Hold hold(String ref, HoldReason reason, String from, String until) {
		return new Hold(ref, "H", reason, d(from), until == null ? null : d(until), "李经理", null, d(from).atTime(9, 0));
	}

	static Hold recorded(Hold h, String at) {
		return new Hold(h.reference(), h.householdCode(), h.reason(), h.fromDate(), h.untilDate(), h.approvedBy(),
				h.note(), LocalDateTime.parse(at));
	}

	static LedgerEntry charge(String ref, String due) {
		return new LedgerEntry(ref, "H", EntryType.CHARGE, "物业费", YearMonth.from(d(due)), new BigDecimal("300.00"),
				d(due), d(due).atTime(9, 0), null);
	}

	static LedgerEntry payment(String ref, String amount, String on) {
		return new LedgerEntry(ref, "H", EntryType.PAYMENT, null, null, new BigDecimal(amount), d(on),
				d(on).atTime(10, 0), null);
	}

}
