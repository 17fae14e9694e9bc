package io.arrears.ledger;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where rejected rows go (SPEC §7): the rejects file beside the input, whose writer is
 * transactional so that its lines reach the disk only when the chunk commits, and the
 * {@code import_reject} table. Their text is already cut to what is kept
 * ({@link Rejection#of}).
 */
final class RejectsOutput implements ItemStream {

	static final String INSERT_REJECT = """
			INSERT INTO import_reject (job_execution_id, file_name, line_number, reason, line)
			VALUES (?, ?, ?, ?, ?)
			""";

	private final FlatFileItemWriter<Rejection> rejectsWriter;

	private final JdbcTemplate jdbc;

	private final long jobExecutionId;

	private final String fileName;

	RejectsOutput(FlatFileItemWriter<Rejection> rejectsWriter, JdbcTemplate jdbc, long jobExecutionId,
			String fileName) {
		this.rejectsWriter = rejectsWriter;
		this.jdbc = jdbc;
		this.jobExecutionId = jobExecutionId;
		this.fileName = fileName;
	}

	/** Writes the rejections, in the order given. */
	void write(List<Rejection> rejections) throws Exception {
		if (rejections.isEmpty()) {
			return;
		}
		rejectsWriter.write(new Chunk<>(rejections));
		jdbc.batchUpdate(INSERT_REJECT,
				rejections.stream()
					.map(r -> new Object[] { jobExecutionId, fileName, r.line(), r.reason(), r.text() })
					.toList());
	}

	@Override
	public void open(ExecutionContext context) {
		rejectsWriter.open(context);
	}

	@Override
	public void update(ExecutionContext context) {
		rejectsWriter.update(context);
	}

	@Override
	public void close() {
		rejectsWriter.close();
	}

}
