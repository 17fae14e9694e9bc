package io.arrears.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.arrears.audit.Difference.Kind;
import io.arrears.dunning.Assessment;
import io.arrears.dunning.Assessor;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.estate.FestivalCardAudit;
import io.arrears.estate.FestivalCardAudit.SentCard;

/**
 * What a festival mailing's re-run does with each household (its step's processor
 * delegates here): assesses it on the mailing date with the dunning rules, takes the warm
 * reminder the festival job's rule makes of that, and compares it with the card sent.
 * Every household gets a card, so a household without one is a difference too. Pure.
 */
final class CardReconciler {

	private final Assessor assessor;

	private final LocalDate mailingDate;

	private final String subject;

	private final boolean dryRun;

	/**
	 * @param subject what a difference is about: the festival and year's card
	 */
	CardReconciler(Assessor assessor, LocalDate mailingDate, String subject, boolean dryRun) {
		this.assessor = assessor;
		this.mailingDate = mailingDate;
		this.subject = subject;
		this.dryRun = dryRun;
	}

	/** A household's ledger as the mailing date knew it, and the card it was sent. */
	record Household(HouseholdLedger ledger, SentCard sent) {
	}

	CheckedCard reconcile(Household household) {
		Assessment standing = assessor.assess(household.ledger(), mailingDate).assessment();
		BigDecimal arrears = FestivalCardAudit.warmReminder(standing);
		SentCard sent = household.sent();
		String code = standing.householdCode();
		if (sent != null && sent.arrears().compareTo(arrears) == 0) {
			return new CheckedCard(code, standing, standing.stage().name(), arrears, List.of(), false);
		}
		Difference difference = new Difference(mailingDate, code, Kind.CARD, subject, describe(arrears),
				sent == null ? DunningReconciliation.NONE : describe(sent.arrears()));
		return new CheckedCard(code, standing, standing.stage().name(), arrears, List.of(difference), !dryRun);
	}

	/** A card in words: whether it carries a warm reminder, and of what. */
	static String describe(BigDecimal arrears) {
		return arrears.signum() == 0 ? "card, no warm reminder" : "card, warm reminder " + arrears.toPlainString();
	}

}
