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
 * Writes a chunk of an import in the chunk's transaction: the good rows through the
 * kind's {@link ChunkImporter}, the rejected ones to the rejects file (whose writer is
 * transactional: its lines reach the disk only when the chunk commits) and to
 * {@code import_reject}. A failed chunk thus leaves neither rows nor rejects behind.
 */
class ImportWriter<T> implements ItemWriter<ImportRow<T>>, ItemStream {

	static final String INSERT_REJECT = """
			INSERT INTO import_reject (job_execution_id, file_name, line_number, reason, line)
			VALUES (?, ?, ?, ?, ?)
			""";

	private final String name;

	private final ChunkImporter<T> importer;

	private final FlatFileItemWriter<Rejection> rejectsWriter;

	private final JdbcTemplate jdbc;

	private final long jobExecutionId;

	private final String fileName;

	private ImportCounts counts = ImportCounts.NONE;

	ImportWriter(String name, ChunkImporter<T> importer, FlatFileItemWriter<Rejection> rejectsWriter, JdbcTemplate jdbc,
			long jobExecutionId, String fileName) {
		this.name = name;
		this.importer = importer;
		this.rejectsWriter = rejectsWriter;
		this.jdbc = jdbc;
		this.jobExecutionId = jobExecutionId;
		this.fileName = fileName;
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
		if (!rejections.isEmpty()) {
			rejectsWriter.write(new Chunk<>(rejections));
			jdbc.batchUpdate(INSERT_REJECT,
					rejections.stream()
						.map(r -> new Object[] { jobExecutionId, fileName, r.line(), r.reason(), r.text() })
						.toList());
		}
		counts = counts.plus(outcome.imported(), outcome.unchanged(), rejections.size());
	}

	@Override
	public void open(ExecutionContext context) {
		rejectsWriter.open(context);
		counts = ImportCounts.from(context, name);
	}

	@Override
	public void update(ExecutionContext context) {
		rejectsWriter.update(context);
		counts.into(context, name);
	}

	@Override
	public void close() {
		rejectsWriter.close();
	}

}
