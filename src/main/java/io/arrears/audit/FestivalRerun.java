package io.arrears.audit;

import java.util.function.Consumer;

import io.arrears.estate.FestivalCardAudit;
import io.arrears.estate.FestivalCardAudit.Mailing;

/**
 * Re-runs a festival mailing (SPEC §5, §6): card by card, which household got a card and
 * the warm reminder it stated, against what the mailing sent. A mailing is named by its
 * festival and year, as the festival job is; its one date is the mailing date the cards
 * state the arrears at. One chunk step over the households ({@link RerunSteps#cards}).
 */
public class FestivalRerun extends JobRerun {

	static final String NAME = "festival";

	private final FestivalCardAudit cards;

	FestivalRerun(RerunLauncher launcher, FestivalCardAudit cards) {
		super(launcher);
		this.cards = cards;
	}

	@Override
	public String name() {
		return NAME;
	}

	/**
	 * A festival mailing is named by its festival and year, not by a range of dates.
	 */
	@Override
	public RerunSummary rerun(RerunRequest request, Consumer<DayResult> eachDay) {
		throw new IllegalArgumentException("rerun festival takes --festival and --year, not a range of dates");
	}

	/**
	 * Re-runs the mailing of the festival and year.
	 * @param eachDay told the mailing date's result
	 * @throws IllegalArgumentException for an unknown festival or a year out of range
	 */
	public RerunSummary rerun(String festival, int year, Mode mode, boolean dryRun, Consumer<DayResult> eachDay)
			throws Exception {
		Mailing mailing = cards.mailing(festival, year);
		return launcher().launch(NAME, new RerunRequest(mailing.asOf(), mailing.asOf(), mode, dryRun),
				mailing.festival(), mailing.year(), eachDay);
	}

	/** The mailing of the festival and year. */
	public Mailing mailing(String festival, int year) {
		return cards.mailing(festival, year);
	}

}
