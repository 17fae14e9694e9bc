package io.arrears.ledger;

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
