package io.arrears.notice.estate;

import java.util.List;

import io.arrears.notice.rendering.EstateInfo;
import io.arrears.notice.rendering.PublicName;

/**
 * An estate and every household the dunning run of a date assessed in it, in delivery
 * order (building, unit, room): the unit of work of the bulletin job.
 */
record EstateStages(EstateInfo estate, PublicName publicName, List<HouseholdStage> households) {

	EstateStages {
		households = List.copyOf(households);
	}
}
