package io.arrears.collection;

import static io.arrears.collection.Facts.charge;
import static io.arrears.collection.Facts.d;
import static io.arrears.collection.Facts.payment;
import static io.arrears.collection.Facts.promise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.arrears.ledger.LedgerEntry;

/** Promises of SPEC §9: open, kept, broken, replaced, and the cooldown. */
class PromisesTest {

	private static final CollectionSettings SETTINGS = CollectionSettings.defaults();

	private static final List<LedgerEntry> OWES_JANUARY = List.of(charge("C1", "2026-01-05"));

	@Test
	void openFromTheContactThroughThePromiseDateThenKeptByPaymentsInBetween() {
		List<Contact> contacts = List.of(promise("K1", "2026-01-25", "2026-02-05", "300.00"));
		List<LedgerEntry> paid = List.of(charge("C1", "2026-01-05"), payment("P1", "200.00", "2026-01-25"),
				payment("P2", "100.00", "2026-02-05"), payment("P3", "500.00", "2026-02-06"));
		assertThat(Promises.judge(contacts, paid, SETTINGS, d("2026-01-24")).all()).isEmpty();
		assertThat(Promises.judge(contacts, paid, SETTINGS, d("2026-02-05")).holding()).isPresent();
		Promise kept = Promises.judge(contacts, paid, SETTINGS, d("2026-02-06")).all().get(0);
		assertThat(kept.status()).isEqualTo(PromiseStatus.KEPT);
		assertThat(kept.paid()).isEqualByComparingTo("300.00");
	}

	@Test
	void withoutAnAmountItIsTheOverduePrincipalOfTheContactDayAndBreaksTheDayAfterItsDate() {
		List<Contact> contacts = List.of(promise("K1", "2026-01-25", "2026-02-01", null));
		List<LedgerEntry> ledger = List.of(charge("C1", "2026-01-05"), payment("P1", "299.99", "2026-01-30"));
		Promises judged = Promises.judge(contacts, ledger, SETTINGS, d("2026-02-02"));
		Promise broken = judged.all().get(0);
		assertThat(broken.amount()).isEqualByComparingTo("300.00");
		assertThat(broken.status()).isEqualTo(PromiseStatus.BROKEN);
		assertThat(broken.brokenOn()).isEqualTo("2026-02-02");
		assertThat(judged.brokenWithin(d("2026-02-04"), 3)).contains(broken);
		assertThat(Promises.judge(contacts, ledger, SETTINGS, d("2026-02-05")).brokenWithin(d("2026-02-05"), 3))
			.isEmpty();
	}

	@Test
	void aPromiseMadeWhileAnotherIsOpenReplacesItWhichIsThenNeitherKeptNorBroken() {
		List<Contact> contacts = List.of(promise("K1", "2026-01-25", "2026-02-01", "300.00"),
				promise("K2", "2026-01-30", "2026-02-10", "300.00"));
		Promises on0129 = Promises.judge(contacts, OWES_JANUARY, SETTINGS, d("2026-01-29"));
		assertThat(on0129.open()).map(p -> p.contact().reference()).contains("K1");
		Promises on0215 = Promises.judge(contacts, OWES_JANUARY, SETTINGS, d("2026-02-15"));
		assertThat(on0215.all()).extracting(Promise::status)
			.containsExactly(PromiseStatus.REPLACED, PromiseStatus.BROKEN);
		assertThat(on0215.all().get(0).replacedOn()).isEqualTo("2026-01-30");
		// a replacement is no break, so K2 is no cooldown promise
		assertThat(on0215.all().get(1).holds()).isTrue();
	}

	@Test
	void ofTwoMadeTheSameDayTheLaterReferenceReplacesTheOther() {
		List<Contact> contacts = List.of(promise("K-B", "2026-01-25", "2026-02-01", "300.00"),
				promise("K-A", "2026-01-25", "2026-02-03", "300.00"));
		Promises judged = Promises.judge(contacts, OWES_JANUARY, SETTINGS, d("2026-01-25"));
		assertThat(judged.open()).map(p -> p.contact().reference()).contains("K-B");
		assertThat(judged.all()).extracting(Promise::status)
			.containsExactly(PromiseStatus.REPLACED, PromiseStatus.OPEN);
	}

	@Test
	void aPromiseWithinTheCooldownOfABrokenOneIsJudgedButHoldsNothing() {
		List<Contact> contacts = List.of(promise("K1", "2026-01-25", "2026-02-01", null),
				promise("K2", "2026-03-03", "2026-03-10", "300.00"), promise("K3", "2026-03-20", "2026-03-25", "1.00"));
		Promises on0305 = Promises.judge(contacts, OWES_JANUARY, SETTINGS, d("2026-03-05"));
		// 2026-03-03 is 30 days after 2026-02-01: still within promise-cooldown-days
		assertThat(on0305.open()).map(Promise::holds).contains(false);
		assertThat(on0305.holding()).isEmpty();
		// K3 is 10 days after K2 broke (2026-03-10): within its cooldown too
		Promises on0326 = Promises.judge(contacts, OWES_JANUARY, SETTINGS, d("2026-03-26"));
		assertThat(on0326.all()).extracting(Promise::status, Promise::holds)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PromiseStatus.BROKEN, true),
					org.assertj.core.groups.Tuple.tuple(PromiseStatus.BROKEN, false),
					org.assertj.core.groups.Tuple.tuple(PromiseStatus.BROKEN, false));
		Promises later = Promises.judge(List.of(contacts.get(0), promise("K4", "2026-03-04", "2026-03-10", null)),
				OWES_JANUARY, SETTINGS, d("2026-03-05"));
		assertThat(later.holding()).isPresent();
	}

	@Test
	void aReplayDoesNotSeeAContactRecordedAfterTheEndOfItsDate() {
		Contact late = new Contact("K1", "H", "C01", d("2026-01-25"), Channel.PHONE, Outcome.PROMISED, d("2026-02-05"),
				null, null, d("2026-01-27").atTime(8, 0));
		CollectionFacts facts = new CollectionFacts("H", List.of(late), List.of());
		assertThat(facts.visibleTo(Visibility.endOf(d("2026-01-26"))).contacts()).isEmpty();
		assertThat(facts.visibleTo(Visibility.endOf(d("2026-01-27"))).contacts()).containsExactly(late);
		assertThat(facts.visibleTo(Visibility.everything()).contacts()).containsExactly(late);
	}

}
