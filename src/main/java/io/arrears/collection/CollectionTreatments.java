package io.arrears.collection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.dunning.Dunning;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdTreatment;
import io.arrears.dunning.Withheld;

/**
 * The dunning run's use of promises and holds (SPEC §9): {@link CollectionRules#treat}
 * for each household, with the contacts and holds recorded by the end of the run's date
 * (a replay of a past date sees what that day's run saw; a restatement, everything known
 * now). The facts are read set-based: a window of {@value FactsWindow#WINDOW} households
 * at a time, in household order as the run reads them, in one query for the contacts and
 * one for the holds, never one per household. The daily run of a date also stages what
 * the collection pass of the date needs of each household's ledger
 * ({@link CollectionStaging}); a re-run does not.
 */
@Component
class CollectionTreatments implements HouseholdTreatment.Factory {

	private final JdbcTemplate jdbc;

	private final CollectionRules rules;

	private final CollectionStaging staging;

	CollectionTreatments(JdbcTemplate jdbc, CollectionSettings collectionSettings, CollectionStaging staging) {
		this.jdbc = jdbc;
		this.rules = new CollectionRules(collectionSettings);
		this.staging = staging;
	}

	@Override
	public HouseholdTreatment forDate(LocalDate asOf, LocalDateTime recordedBefore) {
		return new DateTreatment(asOf, new Visibility(recordedBefore), null);
	}

	@Override
	public HouseholdTreatment forRun(LocalDate asOf) {
		Visibility endOfDay = Visibility.endOf(asOf);
		return new DateTreatment(asOf, endOfDay, staging.stager(asOf, endOfDay));
	}

	@Override
	public void runStarting(LocalDate asOf) {
		staging.starting(asOf);
	}

	@Override
	public void runCompleted(LocalDate asOf) {
		staging.completed(asOf);
	}

	/** One run date's treatment, confined to the step or partition that made it. */
	private final class DateTreatment implements HouseholdTreatment {

		private final Visibility visibility;

		private final FactsWindow window;

		/** Null for a re-run, which stages nothing. */
		private final CollectionStaging.Stager stager;

		DateTreatment(LocalDate asOf, Visibility visibility, CollectionStaging.Stager stager) {
			this.visibility = visibility;
			this.window = new FactsWindow(jdbc, asOf);
			this.stager = stager;
		}

		@Override
		public Dunning treat(Dunning planned, HouseholdLedger household) {
			CollectionFacts facts = window.facts(household.householdCode());
			Dunning done = facts.contacts().isEmpty() && facts.holds().isEmpty() ? planned
					: treat(planned, household, facts);
			if (stager != null) {
				stager.treated(household, planned, done, facts, window.receipts(household.householdCode()));
			}
			return done;
		}

		private Dunning treat(Dunning planned, HouseholdLedger household, CollectionFacts facts) {
			Treatment t = rules.treat(planned, household, facts, visibility);
			Suppression s = t.suppression();
			Withheld withheld = s == null ? null
					: new Withheld(s.notice(), s.cause().name(), s.reason(), s.reference(), s.until());
			Dunning done = t.dunning();
			return new Dunning(done.assessment(), done.lateFees(), done.notice(), withheld,
					t.listedPublicly() ? null : CollectionRules.keptOff(t.state()));
		}

		@Override
		public void written(List<? extends Dunning> chunk) {
			if (stager != null) {
				stager.written(chunk);
			}
		}

	}

}
