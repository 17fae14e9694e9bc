package io.arrears.estate;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The bulletin step's processor: a one-line delegate to {@link EstateLists} for the run's
 * date.
 */
class EstatePostingProcessor implements ItemProcessor<EstateStages, EstatePosting> {

	private final EstateLists lists;

	private final LocalDate asOf;

	EstatePostingProcessor(EstateLists lists, LocalDate asOf) {
		this.lists = lists;
		this.asOf = asOf;
	}

	@Override
	public EstatePosting process(EstateStages estate) {
		return lists.of(estate, asOf);
	}

}
