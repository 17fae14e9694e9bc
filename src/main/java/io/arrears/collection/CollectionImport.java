package io.arrears.collection;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.arrears.ledger.FileEncoding;
import io.arrears.ledger.FileSummary;
import io.arrears.ledger.ImportSummary;

/**
 * Imports the collection files (SPEC §9, §10) as the ledger's are imported: collectors,
 * then contacts (which name collectors), holds, and receipts (which name issued notices).
 * Each file is one run of the {@code import-collection} job; a bad row is rejected, with
 * its line and reason, into {@code <file>.rejects.csv} and {@code import_reject}, while
 * the good rows are kept; the same file imported again changes nothing. The tables are
 * append-only: a changed collector is a new version, a hold ends early by a
 * {@code RELEASE} row.
 */
@Component
public class CollectionImport {

	private final JobOperator jobOperator;

	private final Job job;

	CollectionImport(JobOperator jobOperator, @Qualifier("importCollectionJob") Job job) {
		this.jobOperator = jobOperator;
		this.job = job;
	}

	/** Imports the files the request names, in dependency order; one summary per file. */
	public ImportSummary run(CollectionImportRequest request) throws Exception {
		Map<CollectionFile, Path> files = new LinkedHashMap<>();
		put(files, CollectionFile.COLLECTORS, request.collectors());
		put(files, CollectionFile.CONTACTS, request.contacts());
		put(files, CollectionFile.HOLDS, request.holds());
		put(files, CollectionFile.RECEIPTS, request.receipts());
		Map<Path, Charset> encodings = new LinkedHashMap<>();
		for (Path file : files.values()) {
			if (!Files.isReadable(file)) {
				throw new IllegalArgumentException("cannot read " + file + ": no such file, or not readable");
			}
			encodings.put(file, FileEncoding.resolve(file, request.encoding()));
		}
		List<FileSummary> summaries = new ArrayList<>();
		for (Map.Entry<CollectionFile, Path> e : files.entrySet()) {
			summaries.add(importFile(e.getKey(), e.getValue(), encodings.get(e.getValue())));
		}
		return new ImportSummary(summaries);
	}

	private static void put(Map<CollectionFile, Path> files, CollectionFile kind, Path file) {
		if (file != null) {
			files.put(kind, file);
		}
	}

	private FileSummary importFile(CollectionFile kind, Path file, Charset encoding) throws Exception {
		Path path = file.toAbsolutePath().normalize();
		JobParameters parameters = new JobParametersBuilder().addString("kind", kind.name(), true)
			.addString("file", path.toString(), true)
			.addString("encoding", encoding.name(), true)
			// a new instance for every run: content, not the job repository, decides what
			// a
			// re-import does
			.addString("run", UUID.randomUUID().toString(), true)
			.toJobParameters();
		JobExecution execution = jobOperator.start(job, parameters);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("import of " + kind.kind() + " file " + file + " failed: "
					+ execution.getAllFailureExceptions()
						.stream()
						.map(CollectionImport::rootMessage)
						.findFirst()
						.orElse(execution.getExitStatus().getExitDescription()));
		}
		long imported = 0;
		long unchanged = 0;
		long rejected = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			imported += step.getExecutionContext().getLong(CollectionRowsWriter.IMPORTED, 0);
			unchanged += step.getExecutionContext().getLong(CollectionRowsWriter.UNCHANGED, 0);
			rejected += step.getExecutionContext().getLong(CollectionRowsWriter.REJECTED, 0);
		}
		return new FileSummary(kind.kind(), file, imported + unchanged + rejected, imported, unchanged, rejected,
				rejected > 0 ? rejectsFile(file) : null);
	}

	/** {@code <file>.rejects.csv}, next to the input, as for the ledger. */
	static Path rejectsFile(Path input) {
		return input.resolveSibling(input.getFileName() + ".rejects.csv");
	}

	private static String rootMessage(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.toString() : t.getMessage();
	}

}
