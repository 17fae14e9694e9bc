package io.arrears.audit;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A job an auditor can re-run for a date range. Each job that supports re-runs is a bean
 * of this type; {@code rerun JOB} finds it by {@link #name()}, and answers "not yet
 * supported" for a job of the pipeline that has none.
 */
public interface AuditedJob {

	/**
	 * The job's name on the command line: {@code dunning}, {@code bulletin},
	 * {@code month-end}.
	 */
	String name();

	/**
	 * Re-runs each date of the range in order and records an audit run with its
	 * differences.
	 * @param eachDay told the differences of each date, as soon as the date is done
	 */
	RerunSummary rerun(RerunRequest request, Consumer<DayResult> eachDay) throws Exception;

	/** One date of a re-run. */
	record DayResult(LocalDate asOf, int households, int differences, int corrections) {
	}

}
