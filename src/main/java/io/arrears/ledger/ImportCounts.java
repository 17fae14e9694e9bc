package io.arrears.ledger;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What an import step did so far. Kept in the step's execution context after every chunk,
 * under the writer's name, so that a restarted step goes on counting and the caller can
 * read the totals.
 */
record ImportCounts(long imported, long unchanged, long rejected) {

	static final ImportCounts NONE = new ImportCounts(0, 0, 0);

	long read() {
		return imported + unchanged + rejected;
	}

	ImportCounts plus(long imported, long unchanged, long rejected) {
		return new ImportCounts(this.imported + imported, this.unchanged + unchanged, this.rejected + rejected);
	}

	/**
	 * The totals of a finished import: the sum over its steps, since a ledger import
	 * counts its rows where each is decided.
	 */
	static ImportCounts of(JobExecution execution, String prefix) {
		ImportCounts total = NONE;
		for (StepExecution step : execution.getStepExecutions()) {
			ImportCounts c = from(step.getExecutionContext(), prefix);
			total = total.plus(c.imported(), c.unchanged(), c.rejected());
		}
		return total;
	}

	static ImportCounts from(ExecutionContext context, String prefix) {
		return new ImportCounts(context.getLong(prefix + ".imported", 0), context.getLong(prefix + ".unchanged", 0),
				context.getLong(prefix + ".rejected", 0));
	}

	void into(ExecutionContext context, String prefix) {
		context.putLong(prefix + ".imported", imported);
		context.putLong(prefix + ".unchanged", unchanged);
		context.putLong(prefix + ".rejected", rejected);
	}
}
