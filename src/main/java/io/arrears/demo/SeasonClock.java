package io.arrears.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The demo's wall clock: the system's, except while the demo holds it at a moment of the
 * simulated season. A collectors file has no {@code recorded_at}: its rows are recorded
 * when the import runs (SPEC §9), and a run sees only what was recorded by the end of its
 * day (§6). Imported today, the demo's collectors would be invisible to a season in the
 * past; imported with the clock held on the season's eve, they are the season's.
 */
public final class SeasonClock extends Clock {

	private final ZoneId zone;

	private volatile Instant held;

	public SeasonClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Holds the clock at a moment of the season, in the clock's zone. */
	public void hold(LocalDateTime at) {
		this.held = at.atZone(zone).toInstant();
	}

	/** Lets the clock run with the system's again. */
	public void release() {
		this.held = null;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		SeasonClock clock = new SeasonClock(other);
		clock.held = held;
		return clock;
	}

	@Override
	public Instant instant() {
		Instant at = held;
		return at != null ? at : Instant.now();
	}

}
