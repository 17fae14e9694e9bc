package io.arrears.dunning;

import java.util.List;

import io.arrears.ledger.LedgerEntry;

/**
 * What the dunning run does for one household on one date.
 *
 * @param lateFees the {@code LATE_FEE} entries to post, empty on most days
 * @param notice the notice to issue, or null
 * @param withheld the notice the stage called for and a promise or hold kept back, or
 * null
 * @param keptOff the promise or hold that keeps the household off the bulletin and the
 * open letter today, null when they may list it
 */
public record Dunning(Assessment assessment, List<LedgerEntry> lateFees, NoticeDue notice, Withheld withheld,
		KeptOff keptOff) {

	public Dunning {
		lateFees = List.copyOf(lateFees);
	}

	/** The dunning the ladder plans: nothing withheld, listed publicly. */
	public Dunning(Assessment assessment, List<LedgerEntry> lateFees, NoticeDue notice) {
		this(assessment, lateFees, notice, null, null);
	}

	/**
	 * Whether the bulletin and the open letter may list the household: not while a
	 * promise holds or a hold is active.
	 */
	public boolean listedPublicly() {
		return keptOff == null;
	}
}
