package io.arrears.collection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.arrears.limitation.Interruption;
import io.arrears.limitation.StartKind;

/**
 * What collectors and managers recorded about one household: its contacts and holds.
 */
public record CollectionFacts(String householdCode, List<Contact> contacts, List<Hold> holds) {

	public CollectionFacts {
		contacts = List.copyOf(contacts);
		holds = List.copyOf(holds);
	}

	/** A household about which nothing was recorded. */
	public static CollectionFacts none(String householdCode) {
		return new CollectionFacts(householdCode, List.of(), List.of());
	}

	/** The facts a run may see: those recorded before the visibility's instant. */
	public CollectionFacts visibleTo(Visibility visibility) {
		return new CollectionFacts(householdCode,
				contacts.stream().filter(c -> visibility.sees(c.recordedAt())).toList(),
				holds.stream().filter(h -> visibility.sees(h.recordedAt())).toList());
	}

	/**
	 * What of these facts restarts the limitation period (SPEC §10): each
	 * {@code PROMISED} contact (an acknowledgment, whether or not the promise holds the
	 * ladder) and the first day of each {@code LITIGATION} hold (a claim filed, even if
	 * later released), on or before the date.
	 */
	public List<Interruption> interruptions(LocalDate asOf) {
		List<Interruption> interruptions = new ArrayList<>();
		for (Contact c : contacts) {
			if (c.isPromise() && !c.contactedOn().isAfter(asOf)) {
				interruptions.add(new Interruption(StartKind.PROMISE, c.contactedOn(), c.reference()));
			}
		}
		for (Hold h : holds) {
			if (h.reason() == HoldReason.LITIGATION && !h.fromDate().isAfter(asOf)) {
				interruptions.add(new Interruption(StartKind.LITIGATION, h.fromDate(), h.reference()));
			}
		}
		return interruptions;
	}
}
