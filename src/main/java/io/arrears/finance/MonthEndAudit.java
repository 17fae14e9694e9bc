package io.arrears.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.Assessment;
import io.arrears.dunning.DunningRuns;
import io.arrears.document.DocumentRenderer;

/**
 * What an audit of the month-end job needs (SPEC §6): each estate's aging report as the
 * job printed it from the stage history of the date, the report the same grouping makes
 * of other standings (a re-run's), whether the pack was produced, and the writing of a
 * corrected report.
 */
@Component
public class MonthEndAudit {

	private final MonthEndQueries queries;

	private final JobRepository jobRepository;

	private final Path outputDir;

	MonthEndAudit(MonthEndQueries queries, JobRepository jobRepository, ArrearsProperties arrears) {
		this.queries = queries;
		this.jobRepository = jobRepository;
		this.outputDir = arrears.outputDir().toAbsolutePath().normalize();
	}

	/** Whether the month-end job completed as of the date. */
	public boolean produced(LocalDate asOf) {
		JobExecution last = jobRepository.getLastJobExecution(MonthEndJobConfiguration.JOB_NAME,
				DunningRuns.parameters(asOf));
		return last != null && last.getStatus() == BatchStatus.COMPLETED;
	}

	/** Each estate's aging report as the job printed it, by estate code. */
	public Map<String, AgingReport> recorded(LocalDate asOf) {
		return queries.agingReports(asOf);
	}

	/** Each estate's aging report had the households stood as given, by estate code. */
	public Map<String, AgingReport> computed(LocalDate asOf, Map<String, Assessment> standings) {
		return queries.agingReports(asOf, standings);
	}

	/**
	 * Writes a corrected aging report beside the pack:
	 * {@code <output>/<estate>/<as-of>/MONTH_END/aging-<as-of>-corrected-<tag>.csv}, in
	 * the pack's aging format.
	 * @return the file, relative to the output folder
	 */
	public String writeCorrected(AgingReport report, String tag) {
		Path folder = DocumentRenderer.folder(outputDir, report.estateCode(), report.asOf(), MonthEndPackWriter.FOLDER);
		Path file = folder.resolve("aging-" + report.asOf() + "-corrected-" + tag + ".csv");
		try {
			Files.createDirectories(folder);
			Files.writeString(file, MonthEndCsv.aging(report), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
		return outputDir.relativize(file).toString();
	}

}
