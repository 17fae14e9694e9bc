package io.arrears.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.arrears.dunning.HouseholdLedger;
import io.arrears.ledger.LedgerEntry;

/**
 * Properties of what promises and holds do to the ladder (issue 11), over one household
 * with a monthly charge, random payments and random promises and holds, run every day of
 * a season.
 *
 * <p>
 * Payments never exceed the principal already due when they are made: an overpayment
 * under a {@code DISPUTE} hold would become credit instead of paying the late fees the
 * plain ladder posted, and that credit may then pay a later charge on its due date, a
 * different episode. That is the rule working (no fee was posted to be paid), not a
 * notice the hold issued.
 */
class CollectionPropertiesTest {

	private static final LocalDate FROM = LocalDate.parse("2026-01-01");

	private static final LocalDate TO = LocalDate.parse("2026-05-31");

	private static final CollectionSettings SETTINGS = CollectionSettings.defaults();

	@Property(tries = 40)
	void aHoldOrPromiseNeverIssuesANoticeThePlainLadderWouldNot(@ForAll("ledgers") List<LedgerEntry> ledger,
			@ForAll("facts") CollectionFacts facts) {
		List<String> plain = keys(season(ledger, null));
		List<String> held = keys(season(ledger, facts));
		assertThat(plain).containsAll(held);
	}

	@Property(tries = 40)
	void removingEveryHoldAndPromiseGivesThePlainLaddersNotices(@ForAll("ledgers") List<LedgerEntry> ledger,
			@ForAll("facts") CollectionFacts facts) {
		DailyRun none = season(ledger, new CollectionFacts("H", List.of(), List.of()));
		DailyRun plain = season(ledger, null);
		assertThat(none.noticesCsv()).containsExactlyElementsOf(plain.noticesCsv());
		assertThat(none.lateFees()).containsExactlyElementsOf(plain.lateFees());
		assertThat(none.suppressed).isEmpty();
	}

	@Property(tries = 40)
	void aKeptPromiseNeverChangesALateFee(@ForAll("ledgers") List<LedgerEntry> ledger,
			@ForAll("promiseDays") List<Integer> days) {
		// a promise of what the household pays: always kept
		List<Contact> promises = new ArrayList<>();
		for (LedgerEntry payment : ledger.stream()
			.filter(e -> e.type() == io.arrears.ledger.EntryType.PAYMENT)
			.toList()) {
			int before = days.get(promises.size() % days.size());
			LocalDate on = payment.effectiveDate().minusDays(before);
			promises.add(new Contact("K" + promises.size(), "H", "C01", on, Channel.PHONE, Outcome.PROMISED,
					payment.effectiveDate(), payment.amount(), null, on.atStartOfDay()));
		}
		CollectionFacts facts = new CollectionFacts("H", promises, List.of());
		DailyRun kept = season(ledger, facts);
		assertThat(kept.lateFees()).containsExactlyElementsOf(season(ledger, null).lateFees());
		assertThat(Promises.judge(promises, ledger, SETTINGS, TO.plusDays(1)).all())
			.allSatisfy(p -> assertThat(p.status()).isIn(PromiseStatus.KEPT, PromiseStatus.REPLACED));
	}

	private static DailyRun season(List<LedgerEntry> ledger, CollectionFacts facts) {
		DailyRun run = new DailyRun(Map.of("H", new HouseholdLedger("H", java.util.Set.of(), ledger)),
				facts == null ? Map.of() : Map.of("H", facts), SETTINGS);
		for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
			run.day(day);
		}
		return run;
	}

	private static List<String> keys(DailyRun run) {
		return run.issued.stream().map(i -> i.kind() + " " + i.number() + " " + i.episode()).toList();
	}

	/**
	 * A charge of 300.00 on the 5th of each month from January, and payments of 100 or
	 * 300.
	 */
	@Provide
	Arbitrary<List<LedgerEntry>> ledgers() {
		Arbitrary<Integer> day = Arbitraries.integers().between(0, 150);
		Arbitrary<Integer> hundreds = Arbitraries.of(1, 3);
		return Combinators.combine(day, hundreds).as((d, h) -> new int[] { d, h }).list().ofMaxSize(5).map(pays -> {
			List<LedgerEntry> entries = new ArrayList<>();
			for (int m = 1; m <= 5; m++) {
				entries.add(Facts.charge("C" + m, "2026-0" + m + "-05"));
			}
			pays.sort((a, b) -> Integer.compare(a[0], b[0]));
			BigDecimal paid = BigDecimal.ZERO;
			for (int i = 0; i < pays.size(); i++) {
				LocalDate on = FROM.plusDays(pays.get(i)[0]);
				BigDecimal amount = new BigDecimal(pays.get(i)[1] * 100);
				BigDecimal due = new BigDecimal(300L * Math.max(0, chargesDueBy(on)));
				if (paid.add(amount).compareTo(due) <= 0) {
					paid = paid.add(amount);
					entries.add(Facts.payment("P" + i, amount.toPlainString() + ".00", on.toString()));
				}
			}
			return entries;
		});
	}

	private static int chargesDueBy(LocalDate on) {
		int count = 0;
		for (int m = 1; m <= 5; m++) {
			if (!LocalDate.of(2026, m, 5).isAfter(on)) {
				count++;
			}
		}
		return count;
	}

	@Provide
	Arbitrary<CollectionFacts> facts() {
		Arbitrary<Contact> promise = Combinators
			.combine(Arbitraries.integers().between(0, 140), Arbitraries.integers().between(0, 15),
					Arbitraries.of("", "100.00", "300.00"), Arbitraries.strings().alpha().ofLength(3))
			.as((d, len, amount, ref) -> {
				LocalDate on = FROM.plusDays(d);
				return new Contact("K" + ref + d, "H", "C01", on, Channel.PHONE, Outcome.PROMISED, on.plusDays(len),
						amount.isEmpty() ? null : new BigDecimal(amount), null, on.atTime(12, 0));
			});
		Arbitrary<Hold> hold = Combinators
			.combine(Arbitraries.integers().between(0, 140), Arbitraries.integers().between(0, 90),
					Arbitraries.of(HoldReason.values()), Arbitraries.strings().alpha().ofLength(3))
			.as((d, len, reason, ref) -> {
				LocalDate from = FROM.plusDays(d);
				return new Hold("HD" + ref + d, "H", reason, from,
						reason == HoldReason.RELEASE ? null : from.plusDays(len), "李经理", null, from.atTime(9, 0));
			});
		return Combinators
			.combine(promise.list().ofMaxSize(4).uniqueElements(Contact::reference),
					hold.list().ofMaxSize(3).uniqueElements(Hold::reference))
			.as((contacts, holds) -> new CollectionFacts("H", contacts, holds));
	}

	@Provide
	Arbitrary<List<Integer>> promiseDays() {
		return Arbitraries.integers().between(0, 15).list().ofMinSize(1).ofMaxSize(4);
	}

}
