package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.arrears.ledger.Allocation;
import io.arrears.ledger.ChargeBalance;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/**
 * A household's promises judged on a date (SPEC §9). Only contacts made on or before the
 * date count; which of them the run may see is the caller's {@link Visibility}.
 */
public final class Promises {

	private static final Comparator<Contact> MADE = Comparator.comparing(Contact::contactedOn)
		.thenComparing(Contact::reference);

	private final List<Promise> promises;

	private Promises(List<Promise> promises) {
		this.promises = promises;
	}

	/**
	 * Judges the household's promises on {@code asOf}.
	 * @param contacts the household's contacts (those that are not promises are ignored)
	 * @param entries the household's ledger: the payments that keep a promise, and the
	 * overdue principal a promise without an amount stands for
	 */
	public static Promises judge(Collection<Contact> contacts, Collection<LedgerEntry> entries,
			CollectionSettings settings, LocalDate asOf) {
		List<Contact> made = made(contacts, asOf);
		List<LedgerEntry> events = Allocation.effectiveEvents(entries, asOf);
		List<Promise> judged = new ArrayList<>();
		for (int i = 0; i < made.size(); i++) {
			Contact contact = made.get(i);
			// Only the next promise can replace this one: any later one was made later
			// still.
			LocalDate replacedOn = null;
			if (i + 1 < made.size() && !made.get(i + 1).contactedOn().isAfter(contact.promiseDate())) {
				replacedOn = made.get(i + 1).contactedOn();
			}
			BigDecimal amount = contact.promiseAmount() != null ? contact.promiseAmount()
					: overduePrincipal(entries, contact.contactedOn());
			BigDecimal paid = paid(events, contact.contactedOn(), contact.promiseDate());
			PromiseStatus status;
			if (replacedOn != null) {
				status = asOf.isBefore(replacedOn) ? PromiseStatus.OPEN : PromiseStatus.REPLACED;
			}
			else if (!asOf.isAfter(contact.promiseDate())) {
				status = PromiseStatus.OPEN;
			}
			else {
				status = paid.compareTo(amount) >= 0 ? PromiseStatus.KEPT : PromiseStatus.BROKEN;
			}
			boolean holds = !inCooldown(contact, judged, settings.promiseCooldownDays());
			judged.add(new Promise(contact, amount, holds, replacedOn, status, paid));
		}
		return new Promises(List.copyOf(judged));
	}

	/** The promises made by the date, in the order made: the order of {@link #all()}. */
	static List<Contact> made(Collection<Contact> contacts, LocalDate asOf) {
		return contacts.stream()
			.filter(Contact::isPromise)
			.filter(c -> !c.contactedOn().isAfter(asOf))
			.sorted(MADE)
			.toList();
	}

	/** Promises judged before, in the order made ({@link CollectionStaging}). */
	static Promises of(List<Promise> judged) {
		return new Promises(List.copyOf(judged));
	}

	/** No promises at all. */
	public static Promises none() {
		return new Promises(List.of());
	}

	/**
	 * Whether a broken promise's date lies at most {@code cooldown} days before this
	 * contact. Earlier promises are all judged by now: each ended before this one was
	 * made, or was replaced.
	 */
	private static boolean inCooldown(Contact contact, List<Promise> earlier, int cooldown) {
		for (Promise p : earlier) {
			if (p.status() == PromiseStatus.BROKEN && p.promiseDate().isBefore(contact.contactedOn())
					&& !contact.contactedOn().isAfter(p.promiseDate().plusDays(cooldown))) {
				return true;
			}
		}
		return false;
	}

	/** The overdue principal of SPEC §3 on a date, also when below the minimum. */
	static BigDecimal overduePrincipal(Collection<LedgerEntry> entries, LocalDate on) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (ChargeBalance charge : Allocation.of(entries, on).charges()) {
			if (charge.due().isBefore(on) && charge.outstanding().signum() > 0) {
				total = total.add(charge.outstanding());
			}
		}
		return total;
	}

	private static BigDecimal paid(List<LedgerEntry> events, LocalDate from, LocalDate to) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (LedgerEntry e : events) {
			if (e.type() == EntryType.PAYMENT && !e.effectiveDate().isBefore(from) && !e.effectiveDate().isAfter(to)) {
				total = total.add(e.amount());
			}
		}
		return total;
	}

	/** Every promise made by the date, in the order made. */
	public List<Promise> all() {
		return promises;
	}

	/** The promise open on the date (at most one: a new one replaces the open one). */
	public Optional<Promise> open() {
		return promises.stream().filter(p -> p.status() == PromiseStatus.OPEN).findFirst();
	}

	/** The open promise when it holds the ladder. */
	public Optional<Promise> holding() {
		return open().filter(Promise::holds);
	}

	/**
	 * The promise that broke most recently within the last {@code days} days up to the
	 * date ({@code brokenOn} in {@code asOf − days + 1 … asOf}).
	 */
	public Optional<Promise> brokenWithin(LocalDate asOf, int days) {
		LocalDate first = asOf.minusDays(days - 1L);
		return promises.stream()
			.filter(p -> p.brokenOn() != null && !p.brokenOn().isBefore(first) && !p.brokenOn().isAfter(asOf))
			.max(Comparator.comparing(Promise::brokenOn).thenComparing(p -> p.contact().reference()));
	}

}
