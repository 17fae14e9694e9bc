package io.arrears.dunning;

/**
 * Work the dunning job's later steps need done that can be done while the assessment
 * runs, started when the job starts: the notice module compiles the templates of the
 * day's documents, so the render steps do not begin with seconds of compiling. Declared
 * here and implemented by a module that depends on this one; it must return at once and
 * may not fail the job (whatever it did not finish, the step that needs it does).
 */
public interface DunningJobPreparation {

	/** Starts the preparation in the background and returns. */
	void start();

}
