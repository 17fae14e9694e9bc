package io.arrears.console;

/** What a console user may see and do (README, "The console"). */
public enum Role {

	/** All estates, holds, month-end packs, print batches; names and phones. */
	FINANCE,
	/** The households of their own work list only, and the contacts they record. */
	COLLECTOR,
	/** Everything, read-only; names and phones masked. */
	AUDITOR,
	/** Users, jobs and schedules; names and phones masked. */
	ADMIN;

	/** Whether this role is shown owners' names and phones. */
	public boolean seesPersonalData() {
		return this == FINANCE || this == COLLECTOR;
	}

}
