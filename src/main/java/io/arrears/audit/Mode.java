package io.arrears.audit;

/** What a re-run of a past date may see of the ledger (SPEC §6). */
public enum Mode {

	/** Only entries recorded before the end of the date: what the job knew then. */
	REPLAY,

	/** Everything known now, late corrections included. */
	RESTATE

}
