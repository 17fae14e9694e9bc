package io.arrears.dunning;

import java.util.List;
import java.util.Set;

import io.arrears.ledger.LedgerEntry;

/**
 * One household with every ledger entry the run may see: the unit of work of the dunning
 * step.
 */
public record HouseholdLedger(String householdCode, Set<String> tags, List<LedgerEntry> entries) {

	public HouseholdLedger {
		tags = Set.copyOf(tags);
		entries = List.copyOf(entries);
	}

	public boolean isTagged(String tag) {
		return tags.contains(tag);
	}
}
