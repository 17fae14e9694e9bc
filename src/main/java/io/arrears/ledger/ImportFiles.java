package io.arrears.ledger;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.separator.SimpleRecordSeparatorPolicy;
import org.springframework.core.io.FileSystemResource;

/**
 * The reader and the rejects writer that every import job uses, built the same way for
 * each kind.
 */
final class ImportFiles {

	/** Rows per transaction, and so per lookup query and per batched insert. */
	static final int CHUNK_SIZE = 1000;

	/**
	 * Job parameters: the file, its encoding, and a key that makes each run its own job
	 * instance.
	 */
	static final String FILE = "file";

	static final String ENCODING = "encoding";

	static final String RUN = "run";

	private ImportFiles() {
	}

	/** {@code <file>.rejects.csv}, next to the input. */
	static Path rejectsFile(Path input) {
		return input.resolveSibling(input.getFileName() + ".rejects.csv");
	}

	/**
	 * One record per physical line, so that line numbers are the ones an editor shows: a
	 * quote left open is a malformed row, not a reason to swallow the lines after it. No
	 * comment prefix: a reference may well begin with {@code #}.
	 */
	static FlatFileItemReader<CsvRow> reader(ImportKind kind, String file, String encoding) {
		return new FlatFileItemReaderBuilder<CsvRow>().name(kind.readerName())
			.resource(new FileSystemResource(file))
			.encoding(encoding)
			.strict(true)
			.linesToSkip(1)
			.skippedLinesCallback(header -> kind.checkHeader(header, file))
			.comments(new String[0])
			.recordSeparatorPolicy(new SimpleRecordSeparatorPolicy())
			.lineMapper(new NumberedLineMapper())
			.build();
	}

	/**
	 * The rejects file, in the input's encoding so that it opens like the input did.
	 * Transactional, and deleted when nothing was rejected, so that a clean re-run leaves
	 * no stale rejects behind.
	 */
	static FlatFileItemWriter<Rejection> rejectsWriter(ImportKind kind, String file, String encoding) {
		return new FlatFileItemWriterBuilder<Rejection>().name(kind.rejectsWriterName())
			.resource(new FileSystemResource(rejectsFile(Path.of(file))))
			.encoding(encoding)
			.lineSeparator("\n")
			.headerCallback(writer -> writer.write(Rejection.csvHeader()))
			.lineAggregator(Rejection::toCsvLine)
			.transactional(true)
			.shouldDeleteIfEmpty(true)
			.build();
	}

}
