package io.arrears.dunning;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The dunning step's processor: the rules for the run's as-of date, then what promises
 * and holds let of it be carried out ({@link HouseholdTreatment}).
 */
public class DunningProcessor implements ItemProcessor<HouseholdLedger, Dunning> {

	private final Assessor assessor;

	private final LocalDate asOf;

	private final HouseholdTreatment treatment;

	DunningProcessor(Assessor assessor, LocalDate asOf) {
		this(assessor, asOf, HouseholdTreatment.NONE);
	}

	DunningProcessor(Assessor assessor, LocalDate asOf, HouseholdTreatment treatment) {
		this.assessor = assessor;
		this.asOf = asOf;
		this.treatment = treatment;
	}

	@Override
	public Dunning process(HouseholdLedger household) {
		return treatment.treat(assessor.assess(household, asOf), household);
	}

}
