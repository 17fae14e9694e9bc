package io.arrears.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where one household's collection work stands on a date: its promises judged, its active
 * holds, its last contact. Built by {@link CollectionRules#state}.
 *
 * @param lastContact the latest contact on or before the date, null when none
 */
public record CollectionState(String householdCode, LocalDate asOf, Promises promises, List<Hold> activeHolds,
		Contact lastContact) {

	public CollectionState {
		activeHolds = List.copyOf(activeHolds);
	}

	public boolean isOnHold() {
		return !activeHolds.isEmpty();
	}

	/** Whether the ladder is held: an open promise that holds, or an active hold. */
	public boolean holdsTheLadder() {
		return isOnHold() || promises.holding().isPresent();
	}

	/** Whether a {@code DISPUTE} hold is active: late fees wait. */
	public boolean isDisputed() {
		return activeHolds.stream().anyMatch(h -> h.reason() == HoldReason.DISPUTE);
	}

	/** The active hold that began first (then recorded first). */
	public Optional<Hold> firstHold() {
		return activeHolds.stream().findFirst();
	}
}
