package io.arrears.dunning;

/** Who works a household in arrears (the seed's third part): the collection teams. */
public enum Team {

	/** Arrears carried over from a previous year. */
	PRIOR_YEAR,
	/** The hard cases: open letter or later, or a household in dispute. */
	MANAGER,
	/** Everyone else on the ladder from the bulletin board on. */
	SUPERVISOR

}
