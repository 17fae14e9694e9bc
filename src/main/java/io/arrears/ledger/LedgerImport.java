package io.arrears.ledger;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.arrears.batch.JobRunner;
import io.arrears.batch.JobRunner.JobRun;

/**
 * Imports the files of SPEC §7: estates, then households, then the ledger, so that each
 * file's references resolve against what the one before it brought. Each file runs as its
 * own Spring Batch job ({@code import-estates}, {@code import-households},
 * {@code import-ledger}). A bad row is rejected, with its line number and reason, into
 * {@code <file>.rejects.csv} and the {@code import_reject} table, while the good rows of
 * the same file are kept. Importing the same files again changes nothing. A file that
 * cannot be read at all (missing, in an encoding its bytes contradict) refuses the whole
 * import before anything is stored; a file that is not the kind it is given as fails its
 * own import, and the files after it are not imported.
 */
@Component
public class LedgerImport {

	private static final Logger log = LoggerFactory.getLogger(LedgerImport.class);

	private final JobRunner jobRunner;

	private final Job estatesJob;

	private final Job householdsJob;

	private final Job ledgerJob;

	LedgerImport(JobRunner jobRunner, @Qualifier("importEstatesJob") Job estatesJob,
			@Qualifier("importHouseholdsJob") Job householdsJob, @Qualifier("importLedgerJob") Job ledgerJob) {
		this.jobRunner = jobRunner;
		this.estatesJob = estatesJob;
		this.householdsJob = householdsJob;
		this.ledgerJob = ledgerJob;
	}

	/**
	 * Imports the files the request names, in dependency order; one summary per file
	 * given.
	 */
	public ImportSummary run(ImportRequest request) throws Exception {
		// a missing ledger, or one in the wrong encoding, is found before the estates are
		// imported, not after
		for (Path file : new Path[] { request.estates(), request.households(), request.ledger() }) {
			if (file != null && !Files.isReadable(file)) {
				throw new IllegalArgumentException("cannot read " + file + ": no such file, or not readable");
			}
		}
		Map<Path, Charset> encodings = new HashMap<>();
		for (Path file : new Path[] { request.estates(), request.households(), request.ledger() }) {
			if (file != null) {
				encodings.put(file, FileEncoding.resolve(file, request.encoding()));
			}
		}
		List<FileSummary> files = new ArrayList<>();
		if (request.estates() != null) {
			files.add(importFile(ImportKind.ESTATES, estatesJob, request.estates(), encodings.get(request.estates())));
		}
		if (request.households() != null) {
			files.add(importFile(ImportKind.HOUSEHOLDS, householdsJob, request.households(),
					encodings.get(request.households())));
		}
		if (request.ledger() != null) {
			files.add(importFile(ImportKind.LEDGER, ledgerJob, request.ledger(), encodings.get(request.ledger())));
		}
		return new ImportSummary(files);
	}

	private FileSummary importFile(ImportKind kind, Job job, Path file, Charset encoding) throws Exception {
		Path path = file.toAbsolutePath().normalize();
		JobParameters parameters = new JobParametersBuilder().addString(ImportFiles.FILE, path.toString(), true)
			.addString(ImportFiles.ENCODING, encoding.name(), true)
			// a new instance for every run: the content rules, not the job repository,
			// decide what a re-import does
			.addString(ImportFiles.RUN, UUID.randomUUID().toString(), true)
			.toJobParameters();
		JobRun run = jobRunner.startNew(job, parameters, ImportFiles.RUN);
		if (run.refused()) {
			throw new IllegalStateException(
					"import of " + kind.kind() + " file " + file + " refused: " + run.message());
		}
		if (run.status() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("import of " + kind.kind() + " file " + file + " "
					+ run.status().name().toLowerCase() + ": " + run.message());
		}
		JobExecution execution = run.execution();
		ImportCounts counts = ImportCounts.of(execution, kind.writerName());
		FileSummary summary = new FileSummary(kind.kind(), file, counts.read(), counts.imported(), counts.unchanged(),
				counts.rejected(), counts.rejected() > 0 ? ImportFiles.rejectsFile(file) : null);
		log.info("{}", summary);
		return summary;
	}

}
