package io.arrears.schedule;

import java.time.Instant;
import java.time.LocalDate;

import io.arrears.festival.Festival;

/**
 * A job the scheduler can run: one bean per job name of {@code jobs/schedules.yml}. The
 * scheduler calls {@link #run} with the as-of date of the firing's scheduled time, never
 * the moment it happens to run, so that a firing delayed by an outage does the work of
 * the day it was due. An implementation starts its Spring Batch job through
 * {@code batch.JobRunner} (through the job's runs class), which says when the date is
 * already done.
 */
public interface ScheduledJob {

	/**
	 * The job name, as {@code arrears.schedule.jobs.NAME} in {@code jobs/schedules.yml}.
	 */
	String name();

	/** Does the work of one firing. */
	Outcome run(Firing firing) throws Exception;

	/**
	 * One firing of a job.
	 *
	 * @param job the job name
	 * @param asOf the business date the run is for
	 * @param scheduledAt when the firing was due
	 * @param festival for the festival job, which card; otherwise null
	 * @param year for the festival job, the lunar year of the festival; otherwise null
	 */
	record Firing(String job, LocalDate asOf, Instant scheduledAt, Festival festival, Integer year) {

		/** A firing of a job that runs on a date. */
		public static Firing of(String job, LocalDate asOf, Instant scheduledAt) {
			return new Firing(job, asOf, scheduledAt, null, null);
		}

		@Override
		public String toString() {
			return job + " as of " + asOf + (festival == null ? "" : " (" + festival + " " + year + ")");
		}
	}

	/**
	 * What a firing did, for the log.
	 *
	 * @param status how it ended
	 * @param detail one line for the operator: counts, or why it failed and what to do
	 * @param heldFrom when the job's lock was held from ({@link System#nanoTime()}), 0 if
	 * never
	 * @param heldUntil when the work under the lock ended, 0 if never held
	 */
	record Outcome(Status status, String detail, long heldFrom, long heldUntil) {

		public static Outcome done(String detail) {
			return new Outcome(Status.DONE, detail, 0, 0);
		}

		public static Outcome alreadyDone(String detail) {
			return new Outcome(Status.ALREADY_DONE, detail, 0, 0);
		}

		public static Outcome failed(String detail) {
			return new Outcome(Status.FAILED, detail, 0, 0);
		}

		public static Outcome deferred(String detail) {
			return new Outcome(Status.DEFERRED, detail, 0, 0);
		}

		/** The same outcome, with the time the work held the job's lock. */
		Outcome held(long from, long until) {
			return new Outcome(status, detail, from, until);
		}

		/** How a firing ended. */
		public enum Status {

			/** The work was done now. */
			DONE,

			/**
			 * The work for this date had been done before (by this node or another):
			 * nothing changed.
			 */
			ALREADY_DONE,

			/** The work failed; a Batch job is left restartable. */
			FAILED,

			/**
			 * The job was running on another node: this firing runs again later, for the
			 * same date.
			 */
			DEFERRED

		}
	}

}
