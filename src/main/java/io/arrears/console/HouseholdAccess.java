package io.arrears.console;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.arrears.collection.WorkListExport;
import io.arrears.collection.WorkLine;

/**
 * Which households a console user may see: a {@code COLLECTOR} only those on their own
 * work list of today, every other role all of them (what each role is shown of a
 * household, and which pages it may open, is decided elsewhere). Shared by the
 * household's page and its notices' PDFs, so that a notice is never easier to reach than
 * the page that lists it.
 */
@Component
class HouseholdAccess {

	private final Signed signed;

	private final WorkListExport workLists;

	HouseholdAccess(Signed signed, WorkListExport workLists) {
		this.signed = signed;
		this.workLists = workLists;
	}

	/** Whether the user may see every one of the households. */
	boolean sees(ConsoleUser user, String... households) {
		if (user.role() != Role.COLLECTOR) {
			return true;
		}
		Set<String> own = workLists.lines(signed.today(), user.collectorCode())
			.stream()
			.map(WorkLine::householdCode)
			.collect(Collectors.toSet());
		return own.containsAll(List.of(households));
	}

}
