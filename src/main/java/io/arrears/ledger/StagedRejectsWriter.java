package io.arrears.ledger;

import java.util.ArrayList;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes the rejected rows of a ledger file out of the staging table, in file order, and
 * counts them.
 */
class StagedRejectsWriter implements ItemStreamWriter<Rejection> {

	private final String name;

	private final RejectsOutput rejects;

	private ImportCounts counts = ImportCounts.NONE;

	StagedRejectsWriter(String name, RejectsOutput rejects) {
		this.name = name;
		this.rejects = rejects;
	}

	@Override
	public void write(Chunk<? extends Rejection> chunk) throws Exception {
		rejects.write(new ArrayList<>(chunk.getItems()));
		counts = counts.plus(0, 0, chunk.size());
	}

	@Override
	public void open(ExecutionContext context) {
		rejects.open(context);
		counts = ImportCounts.from(context, name);
	}

	@Override
	public void update(ExecutionContext context) {
		rejects.update(context);
		counts.into(context, name);
	}

	@Override
	public void close() {
		rejects.close();
	}

}
