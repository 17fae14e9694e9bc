package io.arrears.dunning;

import java.util.List;

import io.arrears.ledger.LedgerEntry;

/**
 * What the dunning run does for one household on one date.
 *
 * @param lateFees the {@code LATE_FEE} entries to post, empty on most days
 * @param notice the notice the stage calls for, or null
 */
public record Dunning(Assessment assessment, List<LedgerEntry> lateFees, NoticeDue notice) {

	public Dunning {
		lateFees = List.copyOf(lateFees);
	}
}
