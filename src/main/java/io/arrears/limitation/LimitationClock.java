package io.arrears.limitation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.arrears.ledger.Allocation;
import io.arrears.ledger.ChargeBalance;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/**
 * The limitation clock of SPEC §10, charge by charge. Pure: the as-of date is a parameter
 * and the result depends on the entries and interruptions given, nothing else.
 *
 * <p>
 * An interruption is not tied to a charge: a payment, an acknowledgment or a demand that
 * reached the owner restarts the period of every charge already due on its day, whatever
 * the notice or the payment named (art. 195 speaks of the claim, not of an invoice).
 */
public final class LimitationClock {

	/** Same day: the kind last in {@link StartKind}'s order names the start. */
	private static final Comparator<Interruption> LATEST = Comparator.comparing(Interruption::on)
		.thenComparing(Interruption::kind);

	private static final Comparator<Receipt> FIRST_RECEIPT = Comparator.comparing(Receipt::receivedOn)
		.thenComparing(Receipt::recordedAt)
		.thenComparing(Receipt::evidence);

	private final LimitationSettings settings;

	public LimitationClock(LimitationSettings settings) {
		this.settings = settings;
	}

	/**
	 * The last day of a period that started on {@code start}: {@code start} plus the
	 * years, minus one day. 29 February plus years is 28 February in a common year
	 * ({@link LocalDate#plusYears} does exactly that), so such a period ends on 27
	 * February.
	 */
	public static LocalDate ends(LocalDate start, int years) {
		return start.plusYears(years).minusDays(1);
	}

	/**
	 * The period of each charge overdue on {@code asOf} (due before it and not paid off
	 * by its end), in the order of the charges (due date, then reference).
	 * @param entries the household's ledger; its payments interrupt, reversed ones do not
	 * @param others the household's other interruptions (promises, receipts, filed
	 * claims), as far as they are known; those after {@code asOf} are ignored
	 */
	public List<LimitationPeriod> periods(String householdCode, Collection<LedgerEntry> entries,
			Collection<Interruption> others, LocalDate asOf) {
		List<Interruption> interruptions = new ArrayList<>(payments(entries, asOf));
		for (Interruption other : others) {
			if (!other.on().isAfter(asOf)) {
				interruptions.add(other);
			}
		}
		interruptions.sort(LATEST);

		List<LimitationPeriod> periods = new ArrayList<>();
		for (ChargeBalance charge : Allocation.of(entries, asOf).charges()) {
			BigDecimal outstanding = charge.outstanding();
			if (!charge.due().isBefore(asOf) || outstanding.signum() <= 0) {
				continue;
			}
			List<Interruption> restarts = interruptions.stream().filter(i -> !i.on().isBefore(charge.due())).toList();
			StartKind kind = StartKind.DUE;
			LocalDate start = charge.due();
			if (!restarts.isEmpty()) {
				Interruption last = restarts.get(restarts.size() - 1);
				kind = last.kind();
				start = last.on();
			}
			LocalDate ends = ends(start, settings.years());
			periods.add(new LimitationPeriod(householdCode, charge.reference(), charge.due(), outstanding, kind, start,
					ends, ChronoUnit.DAYS.between(asOf, ends), restarts));
		}
		return periods;
	}

	/**
	 * The household's payments counted as of a date (reversed ones never existed), each
	 * an interruption on its effective date.
	 */
	public static List<Interruption> payments(Collection<LedgerEntry> entries, LocalDate asOf) {
		List<Interruption> payments = new ArrayList<>();
		for (LedgerEntry entry : Allocation.effectiveEvents(entries, asOf)) {
			if (entry.type() == EntryType.PAYMENT) {
				payments.add(new Interruption(StartKind.PAYMENT, entry.effectiveDate(), entry.reference()));
			}
		}
		return payments;
	}

	/**
	 * The receipts as interruptions: one per notice, its earliest (a second receipt of
	 * the same notice proves the same demand again, not a new one), on its
	 * {@code received_on}.
	 */
	public static List<Interruption> receipts(Collection<Receipt> receipts) {
		return earliest(receipts).values()
			.stream()
			.sorted(Comparator.comparing(Receipt::receivedOn).thenComparing(Receipt::evidence))
			.map(r -> new Interruption(StartKind.RECEIPT, r.receivedOn(), r.evidence()))
			.toList();
	}

	/**
	 * The receipt that counts for each notice: the earliest received, then the first
	 * recorded, then by its evidence, so that the same receipts always elect the same
	 * one. The notice registry shows it, the clock counts it.
	 */
	public static Map<NoticeKey, Receipt> earliest(Collection<Receipt> receipts) {
		Map<NoticeKey, Receipt> earliest = new HashMap<>();
		for (Receipt receipt : receipts) {
			earliest.merge(receipt.notice(), receipt, (a, b) -> FIRST_RECEIPT.compare(a, b) <= 0 ? a : b);
		}
		return earliest;
	}

	/**
	 * The watch of {@code export limitation --within N}: the periods that end within
	 * {@code withinDays} of the as-of date or have ended, sorted by end, then household,
	 * then charge (codes compared as strings, byte for byte, as the exports are).
	 */
	public static List<LimitationPeriod> watch(Collection<LimitationPeriod> periods, int withinDays) {
		return periods.stream()
			.filter(p -> p.daysLeft() <= withinDays)
			.sorted(Comparator.comparing(LimitationPeriod::ends)
				.thenComparing(LimitationPeriod::householdCode)
				.thenComparing(LimitationPeriod::chargeReference))
			.toList();
	}

}
