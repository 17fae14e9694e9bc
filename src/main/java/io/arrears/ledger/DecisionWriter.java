package io.arrears.ledger;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.ledger.LedgerFileRules.Decision;
import io.arrears.ledger.LedgerFileRules.Verdict;

/**
 * Writes what {@link LedgerFileRules} decided for a chunk of groups, in the chunk's
 * transaction: the imported entries through the ledger's writer, in one batch, and every
 * verdict back to the staging table, in another. It counts the imported and unchanged
 * rows in the step's execution context; the rejected ones are counted where they are
 * written out, in file order, at the end.
 */
class DecisionWriter implements ItemStreamWriter<List<Decision>> {

	private final String name;

	private final JdbcTemplate jdbc;

	private final ImportStaging staging;

	private ImportCounts counts = ImportCounts.NONE;

	DecisionWriter(String name, JdbcTemplate jdbc, ImportStaging staging) {
		this.name = name;
		this.jdbc = jdbc;
		this.staging = staging;
	}

	@Override
	public void write(Chunk<? extends List<Decision>> chunk) {
		List<Decision> decisions = new ArrayList<>();
		List<LedgerEntry> entries = new ArrayList<>();
		long imported = 0;
		long unchanged = 0;
		for (List<Decision> group : chunk) {
			for (Decision d : group) {
				decisions.add(d);
				if (d.verdict() == Verdict.IMPORTED) {
					entries.add(d.entry());
					imported++;
				}
				else if (d.verdict() == Verdict.UNCHANGED) {
					unchanged++;
				}
			}
		}
		LedgerEntries.append(jdbc, entries);
		staging.decide(decisions);
		counts = counts.plus(imported, unchanged, 0);
	}

	@Override
	public void open(ExecutionContext context) {
		counts = ImportCounts.from(context, name);
	}

	@Override
	public void update(ExecutionContext context) {
		counts.into(context, name);
	}

}
