package io.arrears.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.arrears.collection.Contact;
import io.arrears.collection.Hold;
import io.arrears.collection.RecordedEvidence;
import io.arrears.limitation.Interruption;
import io.arrears.limitation.LimitationClock;
import io.arrears.limitation.LimitationPeriod;
import io.arrears.limitation.LimitationSettings;
import io.arrears.limitation.Receipt;

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
 * late fee was computed, the notices issued, and each charge's limitation period with the
 * evidence of its interruptions (SPEC §10). Plain Java: no database, no clock.
 */
final class CaseFiles {

	private final LateFeePolicy lateFees;

	private final LimitationSettings limitation;

	private final LimitationClock clock;

	CaseFiles(LateFeePolicy lateFees, LimitationSettings limitation) {
		this.lateFees = lateFees;
		this.limitation = limitation;
		this.clock = new LimitationClock(limitation);
	}

	CaseFile build(CaseFileInput input, List<IssuedNotice> notices, RecordedEvidence evidence) {
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
				input.lateFee(), input.principal().add(input.lateFee()), limitation(input, byReference, evidence));
	}

	/**
	 * Each overdue charge's period by the clock of {@code export limitation}, and every
	 * interruption that restarted one of them with what proves it: the ledger's payment,
	 * the promise's contact, the notice's earliest receipt, the claim's hold.
	 */
	private CaseFile.Limitation limitation(CaseFileInput input, Map<String, LedgerEntry> byReference,
			RecordedEvidence evidence) {
		LocalDate asOf = input.asOf();
		List<LimitationPeriod> periods = clock.periods(input.household().code(), input.entries(),
				evidence.interruptions(asOf), asOf);
		List<CaseFile.ChargeLimitation> charges = new ArrayList<>();
		// each interruption with the charges it restarted, in date order then kind order
		Map<Interruption, Set<String>> restarted = new TreeMap<>(Comparator.comparing(Interruption::on)
			.thenComparing(Interruption::kind)
			.thenComparing(i -> i.evidence() == null ? "" : i.evidence()));
		for (LimitationPeriod p : periods) {
			charges.add(new CaseFile.ChargeLimitation(p.chargeReference(), p.dueDate(), p.outstanding(),
					p.lastStartKind().name(), p.lastStartDate(), p.ends(), p.daysLeft()));
			for (Interruption i : p.interruptions()) {
				restarted.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(p.chargeReference());
			}
		}
		Map<String, Contact> contacts = new HashMap<>();
		evidence.facts().contacts().forEach(c -> contacts.put(c.reference(), c));
		Map<String, Hold> holds = new HashMap<>();
		evidence.facts().holds().forEach(h -> holds.put(h.reference(), h));
		Collection<Receipt> receipts = LimitationClock.earliest(evidence.receipts()).values();

		List<CaseFile.Restart> restarts = new ArrayList<>();
		for (Map.Entry<Interruption, Set<String>> e : restarted.entrySet()) {
			Interruption i = e.getKey();
			List<String> restartedCharges = List.copyOf(e.getValue());
			switch (i.kind()) {
				case PAYMENT -> restarts.add(new CaseFile.Restart(i.on(),
						new CaseFile.PaymentEvidence(i.evidence(), byReference.get(i.evidence()).amount()),
						restartedCharges));
				case PROMISE -> {
					Contact c = contacts.get(i.evidence());
					restarts.add(new CaseFile.Restart(i.on(),
							new CaseFile.PromiseEvidence(c.reference(), c.channel().name(), c.collectorCode(),
									evidence.collectorNames().get(c.collectorCode()), c.promiseDate(),
									c.promiseAmount()),
							restartedCharges));
				}
				case LITIGATION -> {
					Hold h = holds.get(i.evidence());
					restarts.add(new CaseFile.Restart(i.on(),
							new CaseFile.ClaimEvidence(h.reference(), h.untilDate(), h.approvedBy()),
							restartedCharges));
				}
				// receipts of two notices on one day by the same means are one
				// interruption
				// but two pieces of evidence: each is stated
				case RECEIPT ->
					receipts.stream()
						.filter(r -> r.receivedOn().equals(i.on()) && r.evidence().equals(i.evidence()))
						.sorted(Comparator.comparing((Receipt r) -> r.notice().episodeDueDate())
							.thenComparing(r -> r.notice().kind())
							.thenComparing(r -> r.notice().number()))
						.forEach(r -> restarts.add(new CaseFile.Restart(i.on(),
								new CaseFile.ReceiptEvidence(r.notice().kind(), r.notice().number(),
										r.notice().episodeDueDate(), r.method().name(), r.tracking()),
								restartedCharges)));
				case DUE -> throw new IllegalStateException("a due date is not an interruption");
			}
		}
		return new CaseFile.Limitation(limitation.years(), charges, restarts);
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
