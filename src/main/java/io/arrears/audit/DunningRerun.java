package io.arrears.audit;

/**
 * Re-runs the dunning rules for each date of a range, in order, and compares each
 * household's outcome (stage row, late fees, notice) with what was recorded (SPEC §6):
 * one chunk step per date ({@link RerunSteps#days}). A non-dry re-run posts each chunk's
 * corrections in the chunk's transaction, so the next date sees them.
 */
class DunningRerun extends JobRerun {

	static final String NAME = "dunning";

	DunningRerun(RerunLauncher launcher) {
		super(launcher);
	}

	@Override
	public String name() {
		return NAME;
	}

}
