package io.arrears.estate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.arrears.dunning.Ladder;
import io.arrears.dunning.Stage;
import io.arrears.document.EstateList;
import io.arrears.document.EstateListKind;
import io.arrears.document.ListedHousehold;

/**
 * Builds an estate's public lists from the stage history of a date (SPEC §3, §5; the
 * seed, parts 3 and 5). Plain Java: the date and the deadlines are parameters.
 *
 * <ul>
 * <li>Share paid: households {@code CURRENT} on the date over the households the run
 * assessed in the estate. A household in {@code GRACE} has not paid, so it lowers the
 * share, though it is not listed yet.</li>
 * <li>The bulletin lists the households whose rung of the ladder says so
 * ({@code BULLETIN} or later as shipped); it is posted even when that is nobody, since
 * its first purpose is to thank the owners who paid.</li>
 * <li>The open letter names the households whose rung says so ({@code OPEN_LETTER} or
 * later as shipped). With nobody there it is not written: it is the step after ten
 * reminders, and a letter to all owners naming nobody says nothing the bulletin did
 * not.</li>
 * <li>Amounts are the overdue principal of the stage history, to the fen; a name appears
 * only as the estate's {@code PublicName} setting allows.</li>
 * </ul>
 */
final class EstateLists {

	private final Ladder ladder;

	private final int bulletinDeadlineDays;

	private final int openLetterDeadlineDays;

	EstateLists(Ladder ladder, int bulletinDeadlineDays, int openLetterDeadlineDays) {
		this.ladder = ladder;
		this.bulletinDeadlineDays = bulletinDeadlineDays;
		this.openLetterDeadlineDays = openLetterDeadlineDays;
	}

	EstatePosting of(EstateStages estate, LocalDate asOf) {
		int households = estate.households().size();
		int paid = (int) estate.households().stream().filter(h -> h.stage() == Stage.CURRENT).count();
		EstateList bulletin = new EstateList(estate.estate(), EstateListKind.BULLETIN, asOf, households, paid,
				listed(estate, Ladder.Rung::bulletin), asOf.plusDays(bulletinDeadlineDays));
		List<ListedHousehold> named = listed(estate, Ladder.Rung::openLetter);
		EstateList openLetter = named.isEmpty() ? null : new EstateList(estate.estate(), EstateListKind.OPEN_LETTER,
				asOf, households, paid, named, asOf.plusDays(openLetterDeadlineDays));
		return new EstatePosting(bulletin, openLetter);
	}

	/** The households whose rung lists them, in the estate's (delivery) order. */
	private List<ListedHousehold> listed(EstateStages estate, Predicate<Ladder.Rung> lists) {
		List<ListedHousehold> rows = new ArrayList<>();
		for (HouseholdStage h : estate.households()) {
			if (lists.test(ladder.rung(h.stage()))) {
				rows.add(ListedHousehold.of(h.household(), h.ownerName(), estate.publicName(), h.principalOverdue(),
						h.oldestDueDate(), h.daysOverdue()));
			}
		}
		return rows;
	}

}
