package io.arrears.estate;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.arrears.dunning.Assessor;
import io.arrears.dunning.HouseholdLedger;

/**
 * The festival step's processor: a one-line delegate to the rules for the mailing date.
 * The late fees the assessment would post are dropped: a festival run posts nothing.
 */
class FestivalArrearsProcessor implements ItemProcessor<HouseholdLedger, HouseholdArrears> {

	private final Assessor assessor;

	private final LocalDate asOf;

	FestivalArrearsProcessor(Assessor assessor, LocalDate asOf) {
		this.assessor = assessor;
		this.asOf = asOf;
	}

	@Override
	public HouseholdArrears process(HouseholdLedger household) {
		return HouseholdArrears.of(assessor.assess(household, asOf).assessment());
	}

}
