package io.arrears.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One household's ledger allocated as of a date (SPEC §2): which charges and late fees
 * are still unpaid, day by day, and how much credit is left. Pure: the date is a
 * parameter and the result depends on nothing but the entries.
 */
public final class Allocation {

	private static final Comparator<LedgerEntry> EVENT_ORDER = Comparator.comparing(LedgerEntry::effectiveDate)
		.thenComparingInt((LedgerEntry e) -> e.type().sameDayRank())
		.thenComparing(LedgerEntry::reference);

	private final LocalDate asOf;

	private final List<ChargeBalance> charges;

	private final List<LateFeeBalance> lateFees;

	private final BigDecimal credit;

	private final BigDecimal paid;

	private final BigDecimal waived;

	private final List<Application> applications;

	/**
	 * Money applied to what was owed: part of a payment (or of the credit it left), or of
	 * a waiver, applied on a date to a charge or a posted late fee.
	 *
	 * @param source the payment or waiver the money came from
	 * @param target the charge or late fee it reduced
	 */
	public record Application(String source, LocalDate on, String target, BigDecimal amount) {
	}

	private Allocation(LocalDate asOf, List<ChargeBalance> charges, List<LateFeeBalance> lateFees, BigDecimal credit,
			BigDecimal paid, BigDecimal waived, List<Application> applications) {
		this.asOf = asOf;
		this.charges = charges;
		this.lateFees = lateFees;
		this.credit = credit;
		this.paid = paid;
		this.waived = waived;
		this.applications = applications;
	}

	/**
	 * Allocates the entries that count as of {@code asOf}: effective on or before it,
	 * neither reversed nor reversals.
	 */
	public static Allocation of(Collection<LedgerEntry> entries, LocalDate asOf) {
		return new Allocator(asOf).run(effectiveEvents(entries, asOf));
	}

	/** The entries that count as of a date, in the order of SPEC §2. */
	public static List<LedgerEntry> effectiveEvents(Collection<LedgerEntry> entries, LocalDate asOf) {
		Set<String> reversed = new HashSet<>();
		for (LedgerEntry entry : entries) {
			if (entry.type() == EntryType.REVERSAL && !entry.effectiveDate().isAfter(asOf)) {
				reversed.add(entry.reverses());
			}
		}
		List<LedgerEntry> events = new ArrayList<>();
		for (LedgerEntry entry : entries) {
			if (entry.type() != EntryType.REVERSAL && !entry.effectiveDate().isAfter(asOf)
					&& !reversed.contains(entry.reference())) {
				events.add(entry);
			}
		}
		events.sort(EVENT_ORDER);
		return events;
	}

	public LocalDate asOf() {
		return asOf;
	}

	/**
	 * Every charge due on or before the as-of date, oldest due first, ties by reference.
	 */
	public List<ChargeBalance> charges() {
		return charges;
	}

	/** Every late fee posted on or before the as-of date, oldest first. */
	public List<LateFeeBalance> lateFees() {
		return lateFees;
	}

	/** Money received and not yet applied to anything. */
	public BigDecimal credit() {
		return credit;
	}

	/** Total of the payments counted. */
	public BigDecimal paid() {
		return paid;
	}

	/**
	 * Total of the waivers actually applied; the rest of a waiver larger than the fees is
	 * dropped.
	 */
	public BigDecimal waived() {
		return waived;
	}

	/**
	 * How every payment and waiver was applied, in the order it happened: the case file's
	 * evidence.
	 */
	public List<Application> applications() {
		return applications;
	}

	/** Sum of the {@code LATE_FEE} entries counted. */
	public BigDecimal lateFeePosted() {
		return lateFees.stream().map(LateFeeBalance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** What of the posted late fees is neither paid nor waived. */
	public BigDecimal lateFeeOutstanding() {
		return lateFees.stream().map(LateFeeBalance::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Late fees posted so far against one charge, whatever was since paid or waived of
	 * them.
	 */
	public BigDecimal lateFeePostedFor(String chargeReference) {
		BigDecimal total = BigDecimal.ZERO;
		for (LateFeeBalance fee : lateFees) {
			if (chargeReference.equals(fee.chargeReference())) {
				total = total.add(fee.amount());
			}
		}
		return total;
	}

	/**
	 * Walks the events once, keeping running balances; a charge's history is recorded per
	 * day.
	 */
	private static final class Allocator {

		private final LocalDate asOf;

		private final List<LedgerEntry> chargeEntries = new ArrayList<>();

		private final List<TreeMap<LocalDate, BigDecimal>> chargeHistory = new ArrayList<>();

		private final List<BigDecimal> chargeOutstanding = new ArrayList<>();

		private final List<LedgerEntry> feeEntries = new ArrayList<>();

		private final List<BigDecimal> feeOutstanding = new ArrayList<>();

		private BigDecimal credit = BigDecimal.ZERO;

		// which payments the credit came from, oldest first, so its later use can be
		// traced
		private final ArrayDeque<Application> creditFrom = new ArrayDeque<>();

		private final List<Application> applications = new ArrayList<>();

		private BigDecimal paid = BigDecimal.ZERO;

		private BigDecimal waived = BigDecimal.ZERO;

		Allocator(LocalDate asOf) {
			this.asOf = asOf;
		}

		Allocation run(List<LedgerEntry> events) {
			for (LedgerEntry event : events) {
				switch (event.type()) {
					case CHARGE -> charge(event);
					case LATE_FEE -> lateFee(event);
					case PAYMENT -> payment(event);
					case LATE_FEE_WAIVER -> waiver(event);
					case REVERSAL -> throw new IllegalStateException("reversals are resolved before allocation");
				}
			}
			List<ChargeBalance> charges = new ArrayList<>(chargeEntries.size());
			for (int i = 0; i < chargeEntries.size(); i++) {
				LedgerEntry c = chargeEntries.get(i);
				charges.add(new ChargeBalance(c.reference(), c.feeItem(), c.period(), c.effectiveDate(), c.amount(),
						Collections.unmodifiableNavigableMap(chargeHistory.get(i))));
			}
			List<LateFeeBalance> fees = new ArrayList<>(feeEntries.size());
			for (int i = 0; i < feeEntries.size(); i++) {
				LedgerEntry f = feeEntries.get(i);
				fees.add(new LateFeeBalance(f.reference(), f.lateFeeChargeReference(), f.effectiveDate(), f.amount(),
						feeOutstanding.get(i)));
			}
			return new Allocation(asOf, List.copyOf(charges), List.copyOf(fees), credit, paid, waived,
					List.copyOf(applications));
		}

		private void charge(LedgerEntry entry) {
			chargeEntries.add(entry);
			chargeHistory.add(new TreeMap<>());
			chargeOutstanding.add(entry.amount());
			int index = chargeEntries.size() - 1;
			record(index, entry.effectiveDate());
			// Credit is applied to each charge on its due date (SPEC §2).
			spendCredit(entry, entry.effectiveDate(), money -> applyToCharge(index, money, entry.effectiveDate()));
		}

		private void lateFee(LedgerEntry entry) {
			feeEntries.add(entry);
			feeOutstanding.add(entry.amount());
			int index = feeEntries.size() - 1;
			spendCredit(entry, entry.effectiveDate(), money -> applyToFee(index, money));
		}

		/** Applies credit, oldest payment's first, logging which payment paid what. */
		private void spendCredit(LedgerEntry target, LocalDate day, UnaryOperator<BigDecimal> apply) {
			while (credit.signum() > 0 && !creditFrom.isEmpty()) {
				Application piece = creditFrom.peekFirst();
				BigDecimal rest = apply.apply(piece.amount());
				BigDecimal used = piece.amount().subtract(rest);
				if (used.signum() == 0) {
					return;
				}
				credit = credit.subtract(used);
				applications.add(new Application(piece.source(), day, target.reference(), used));
				creditFrom.pollFirst();
				if (rest.signum() > 0) {
					creditFrom.addFirst(new Application(piece.source(), piece.on(), null, rest));
				}
			}
		}

		private void payment(LedgerEntry entry) {
			paid = paid.add(entry.amount());
			BigDecimal rest = entry.amount();
			// Charges are kept in (due, reference) order and all of them are due by now.
			for (int i = 0; i < chargeEntries.size() && rest.signum() > 0; i++) {
				rest = logged(entry, chargeEntries.get(i), rest, applyToCharge(i, rest, entry.effectiveDate()));
			}
			for (int i = 0; i < feeEntries.size() && rest.signum() > 0; i++) {
				rest = logged(entry, feeEntries.get(i), rest, applyToFee(i, rest));
			}
			if (rest.signum() > 0) {
				credit = credit.add(rest);
				creditFrom.addLast(new Application(entry.reference(), entry.effectiveDate(), null, rest));
			}
		}

		private void waiver(LedgerEntry entry) {
			BigDecimal rest = entry.amount();
			for (int i = 0; i < feeEntries.size() && rest.signum() > 0; i++) {
				BigDecimal before = rest;
				rest = logged(entry, feeEntries.get(i), rest, applyToFee(i, rest));
				waived = waived.add(before.subtract(rest));
			}
		}

		private BigDecimal logged(LedgerEntry source, LedgerEntry target, BigDecimal before, BigDecimal after) {
			if (after.compareTo(before) != 0) {
				applications.add(new Application(source.reference(), source.effectiveDate(), target.reference(),
						before.subtract(after)));
			}
			return after;
		}

		/**
		 * Applies money to a charge's principal and returns what is left of the money.
		 */
		private BigDecimal applyToCharge(int index, BigDecimal money, LocalDate day) {
			BigDecimal owed = chargeOutstanding.get(index);
			if (money.signum() <= 0 || owed.signum() <= 0) {
				return money;
			}
			BigDecimal applied = owed.min(money);
			chargeOutstanding.set(index, owed.subtract(applied));
			record(index, day);
			return money.subtract(applied);
		}

		private BigDecimal applyToFee(int index, BigDecimal money) {
			BigDecimal owed = feeOutstanding.get(index);
			if (money.signum() <= 0 || owed.signum() <= 0) {
				return money;
			}
			BigDecimal applied = owed.min(money);
			feeOutstanding.set(index, owed.subtract(applied));
			return money.subtract(applied);
		}

		private void record(int index, LocalDate day) {
			chargeHistory.get(index).put(day, chargeOutstanding.get(index));
		}

	}

}
