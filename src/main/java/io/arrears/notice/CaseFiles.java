package io.arrears.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.arrears.latefee.LateFeePolicy;
import io.arrears.ledger.Allocation;
import io.arrears.ledger.ChargeBalance;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;
import io.arrears.document.CaseFile;
import io.arrears.document.CaseFile.IssuedNotice;
import io.arrears.document.CaseFile.LateFeeComputation;
import io.arrears.document.CaseFile.LateFeeSpan;
import io.arrears.document.CaseFile.PaymentAllocation;
import io.arrears.document.CaseFile.StatementEntry;

/**
 * Builds the case file's evidence from the ledger with the same rules that produced the
 * figures: the statement with its running balance, where every payment went, how each
 * late fee was computed, and the notices issued. Plain Java: no database, no clock.
 */
final class CaseFiles {

	private final LateFeePolicy lateFees;

	CaseFiles(LateFeePolicy lateFees) {
		this.lateFees = lateFees;
	}

	CaseFile build(CaseFileInput input, List<IssuedNotice> notices) {
		LocalDate asOf = input.asOf();
		Allocation allocation = Allocation.of(input.entries(), asOf);
		Map<String, LedgerEntry> byReference = new HashMap<>();
		for (LedgerEntry entry : input.entries()) {
			byReference.put(entry.reference(), entry);
		}

		// A waiver larger than the fees owed counts only for what it reduced (SPEC §2).
		Map<String, BigDecimal> waiverApplied = new HashMap<>();
		List<PaymentAllocation> allocations = new ArrayList<>();
		for (Allocation.Application applied : allocation.applications()) {
			LedgerEntry source = byReference.get(applied.source());
			if (source.type() == EntryType.LATE_FEE_WAIVER) {
				waiverApplied.merge(source.reference(), applied.amount(), BigDecimal::add);
			}
			allocations.add(new PaymentAllocation(applied.source(), applied.on(), applied.target(),
					label(byReference.get(applied.target())), applied.amount()));
		}

		List<StatementEntry> statement = new ArrayList<>();
		BigDecimal balance = BigDecimal.ZERO.setScale(2);
		for (LedgerEntry entry : Allocation.effectiveEvents(input.entries(), asOf)) {
			balance = switch (entry.type()) {
				case CHARGE, LATE_FEE -> balance.add(entry.amount());
				case PAYMENT -> balance.subtract(entry.amount());
				case LATE_FEE_WAIVER ->
					balance.subtract(waiverApplied.getOrDefault(entry.reference(), BigDecimal.ZERO));
				case REVERSAL -> balance;
			};
			statement.add(new StatementEntry(entry.effectiveDate(), entry.reference(), entry.type().name(),
					entry.feeItem(), entry.period(), entry.amount(), balance));
		}

		List<LateFeeComputation> computations = new ArrayList<>();
		for (ChargeBalance charge : allocation.charges()) {
			List<LateFeePolicy.Span> spans = lateFees.spans(charge, asOf);
			if (spans.isEmpty()) {
				continue;
			}
			List<LateFeeSpan> lines = new ArrayList<>();
			for (LateFeePolicy.Span span : spans) {
				lines.add(new LateFeeSpan(span.from(), span.to(), Math.toIntExact(span.days()), span.outstanding(),
						lateFees.dailyRate(), span.fee()));
			}
			computations.add(new LateFeeComputation(charge.reference(), charge.feeItem(),
					charge.period() == null ? YearMonth.from(charge.due()) : charge.period(), charge.due(), lines,
					lateFees.cap(charge).setScale(2, RoundingMode.HALF_UP), lateFees.accrued(charge, asOf),
					lateFees.accruedRounded(charge, asOf), allocation.lateFeePostedFor(charge.reference())));
		}

		return new CaseFile(input.estate(), input.household(), input.ownerName(), input.mailingAddress(), asOf,
				input.episodeDueDate(), statement, allocations, computations, notices, input.principal(),
				input.lateFee(), input.principal().add(input.lateFee()));
	}

	private static String label(LedgerEntry target) {
		if (target == null) {
			return "";
		}
		String period = target.period() == null ? "" : " " + target.period();
		String item = target.feeItem() == null ? "" : target.feeItem();
		return target.type() == EntryType.LATE_FEE ? item + period + " 滞纳金" : item + period + " 本金";
	}

}
