package io.arrears.estate;

import java.util.List;

import io.arrears.document.EstateInfo;
import io.arrears.document.PublicName;

/**
 * An estate and every household the dunning run of a date assessed in it, in delivery
 * order (building, unit, room): the unit of work of the bulletin job.
 */
record EstateStages(EstateInfo estate, PublicName publicName, List<HouseholdStage> households) {

	EstateStages {
		households = List.copyOf(households);
	}
}
