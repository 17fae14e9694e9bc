package io.arrears.dunning;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The dunning step's processor: a one-line delegate to the rules, for the run's as-of
 * date.
 */
public class DunningProcessor implements ItemProcessor<HouseholdLedger, Dunning> {

	private final Assessor assessor;

	private final LocalDate asOf;

	DunningProcessor(Assessor assessor, LocalDate asOf) {
		this.assessor = assessor;
		this.asOf = asOf;
	}

	@Override
	public Dunning process(HouseholdLedger household) {
		return assessor.assess(household, asOf);
	}

}
