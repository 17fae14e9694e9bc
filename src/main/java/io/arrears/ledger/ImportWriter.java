package io.arrears.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of an estates or households import in the chunk's transaction: the good
 * rows through the kind's {@link ChunkImporter}, the rejected ones to the
 * {@link RejectsOutput}. A failed chunk thus leaves neither rows nor rejects behind.
 */
class ImportWriter<T> implements ItemWriter<ImportRow<T>>, ItemStream {

	private final String name;

	private final ChunkImporter<T> importer;

	private final RejectsOutput rejects;

	private ImportCounts counts = ImportCounts.NONE;

	ImportWriter(String name, ChunkImporter<T> importer, FlatFileItemWriter<Rejection> rejectsWriter, JdbcTemplate jdbc,
			long jobExecutionId, String fileName) {
		this.name = name;
		this.importer = importer;
		this.rejects = new RejectsOutput(rejectsWriter, jdbc, jobExecutionId, fileName);
	}

	@Override
	public void write(Chunk<? extends ImportRow<T>> chunk) throws Exception {
		List<ImportRow<T>> parsed = new ArrayList<>(chunk.size());
		List<Rejection> rejections = new ArrayList<>();
		for (ImportRow<T> row : chunk) {
			if (row.isRejected()) {
				rejections.add(row.toRejection());
			}
			else {
				parsed.add(row);
			}
		}
		ChunkImporter.Outcome outcome = importer.importRows(parsed);
		rejections.addAll(outcome.rejections());
		// in file order, whichever check turned a row away
		rejections.sort(Comparator.comparingInt(Rejection::line));
		rejects.write(rejections);
		counts = counts.plus(outcome.imported(), outcome.unchanged(), rejections.size());
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
