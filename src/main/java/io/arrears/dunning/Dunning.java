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
 * @param listedPublicly whether the bulletin and the open letter may list the household
 * (not while a promise holds or a hold is active)
 */
public record Dunning(Assessment assessment, List<LedgerEntry> lateFees, NoticeDue notice, Withheld withheld,
		boolean listedPublicly) {

	public Dunning {
		lateFees = List.copyOf(lateFees);
	}

	/** The dunning the ladder plans: nothing withheld, listed publicly. */
	public Dunning(Assessment assessment, List<LedgerEntry> lateFees, NoticeDue notice) {
		this(assessment, lateFees, notice, null, true);
	}
}
