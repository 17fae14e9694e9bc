package io.arrears.estate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.sql.Date;
import java.time.LocalDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.batch.JobRunner;
import io.arrears.batch.JobRunner.JobRun;
import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.DunningRuns;
import io.arrears.document.FestivalCard;
import io.arrears.festival.Festival;

/**
 * Starts the per-estate bulletin job for a date and the festival job for a festival and
 * year, and says what they produced. A run already done is reported and left alone; a run
 * that failed is restarted from its last committed chunk. The totals are read back from
 * what was recorded, so a run already done reports the same totals as the run that did
 * it.
 */
@Component
public class EstateDocumentRuns {

	private final JobRunner jobRunner;

	private final Job bulletinJob;

	private final Job festivalJob;

	private final FestivalMailings festivalMailings;

	private final DunningRuns dunningRuns;

	private final JdbcTemplate jdbc;

	private final Path outputDir;

	EstateDocumentRuns(JobRunner jobRunner, Job bulletinJob, Job festivalJob, FestivalMailings festivalMailings,
			DunningRuns dunningRuns, JdbcTemplate jdbc, ArrearsProperties arrears) {
		this.jobRunner = jobRunner;
		this.bulletinJob = bulletinJob;
		this.festivalJob = festivalJob;
		this.festivalMailings = festivalMailings;
		this.dunningRuns = dunningRuns;
		this.jdbc = jdbc;
		this.outputDir = arrears.outputDir().toAbsolutePath().normalize();
	}

	/** The identifying parameters of the bulletin run for a date. */
	public static JobParameters bulletinParameters(LocalDate asOf) {
		return new JobParametersBuilder().addLocalDate(DunningRuns.AS_OF, asOf, true).toJobParameters();
	}

	/** The identifying parameters of a festival run. */
	public static JobParameters festivalParameters(Festival festival, int year) {
		return new JobParametersBuilder().addString(FestivalJobConfiguration.FESTIVAL, festival.name(), true)
			.addLong(FestivalJobConfiguration.YEAR, (long) year, true)
			.toJobParameters();
	}

	/**
	 * The date a festival's cards of the year are mailed and state the arrears at: the
	 * festival run's as-of date.
	 */
	public LocalDate mailingDate(Festival festival, int year) {
		return festivalMailings.run(festival.name(), (long) year).asOf();
	}

	/** Posts the bulletin and open letters of every estate as of the date. */
	public BulletinSummary bulletin(LocalDate asOf) throws Exception {
		// Asked before starting, so that the usual mistake gets one line and no failed
		// job instance;
		// the job's own first step asks again for whoever else starts it.
		Outcome outcome = dunningRuns.completed(asOf) ? start(bulletinJob, bulletinParameters(asOf))
				: new Outcome(BatchStatus.FAILED, false, refusal(asOf), Map.of());
		int[] counts = new int[4];
		jdbc.query("SELECT kind, COUNT(*), COALESCE(SUM(households_listed), 0) FROM estate_document WHERE as_of = ?"
				+ " GROUP BY kind", rs -> {
					int at = "BULLETIN".equals(rs.getString(1)) ? 0 : 2;
					counts[at] = rs.getInt(2);
					counts[at + 1] = rs.getInt(3);
				}, Date.valueOf(asOf));
		return new BulletinSummary(asOf, outcome.status(), outcome.alreadyDone(), counts[0], counts[1], counts[2],
				counts[3], outputDir, outcome.failure());
	}

	/** Sends the festival's cards of the year to every household. */
	public FestivalSummary festival(Festival festival, int year) throws Exception {
		FestivalRun run = festivalMailings.run(festival.name(), (long) year);
		Outcome outcome = start(festivalJob, festivalParameters(festival, year));
		int[] counts = new int[5];
		jdbc.query("""
				SELECT COUNT(*), SUM(CASE WHEN c.arrears > 0 THEN 1 ELSE 0 END), COUNT(DISTINCT c.print_batch),
				       COUNT(c.file_path)
				  FROM festival_card c JOIN household h ON h.household_code = c.household_code
				 WHERE c.festival = ? AND c.festival_year = ?
				 GROUP BY h.estate_code
				""", rs -> {
			counts[0]++;
			counts[1] += rs.getInt(1);
			counts[2] += rs.getInt(2);
			counts[3] += rs.getInt(3);
			counts[4] += rs.getInt(4);
		}, festival.name(), year);
		return new FestivalSummary(festival, year, run.festivalDate(), run.asOf(), outcome.status(),
				outcome.alreadyDone(), counts[0], counts[1], counts[2], counts[3], counts[4], outputDir,
				outcome.failure(), outcome.stepTimes());
	}

	/**
	 * The first {@code limit} cards a festival run recorded, in delivery order, rebuilt
	 * as the print batches render them: for a benchmark's floor.
	 */
	public List<FestivalCard> recordedCards(Festival festival, int year, int limit) {
		FestivalRun run = festivalMailings.run(festival.name(), (long) year);
		return jdbc.query(FestivalCardReaders.SQL + " LIMIT ?",
				(rs, n) -> Addressee.of(rs).card(run, rs.getBigDecimal("arrears").setScale(2)), festival.name(), year,
				limit);
	}

	private Outcome start(Job job, JobParameters parameters) throws Exception {
		JobRun run = jobRunner.start(job, parameters);
		Map<String, Duration> steps = new LinkedHashMap<>();
		if (run.execution() != null && !run.alreadyDone()) {
			// from the executions in memory: the job repository on MariaDB keeps whole
			// seconds only
			for (StepExecution step : run.execution().getStepExecutions()) {
				if (step.getStartTime() != null && step.getEndTime() != null) {
					steps.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()));
				}
			}
		}
		return new Outcome(run.status(), run.alreadyDone(), run.message(), steps);
	}

	private record Outcome(BatchStatus status, boolean alreadyDone, String failure, Map<String, Duration> stepTimes) {
	}

	/**
	 * What a bulletin run posted, as recorded for its date.
	 *
	 * @param estates estates with a bulletin (every estate the dunning run assessed)
	 * @param listedOnBulletins households at {@code BULLETIN} or later, over all estates
	 * @param openLetters estates with an open letter (someone at {@code OPEN_LETTER} or
	 * later)
	 * @param listedOnOpenLetters households named in the open letters
	 * @param outputDir the folder the files are under, {@code <estate>/<as-of>/<KIND>/}
	 * @param failure why the run failed, or null
	 */
	public record BulletinSummary(LocalDate asOf, BatchStatus status, boolean alreadyDone, int estates,
			int listedOnBulletins, int openLetters, int listedOnOpenLetters, Path outputDir, String failure) {

		/** PDF files written: one bulletin per estate plus the open letters. */
		public int files() {
			return estates + openLetters;
		}
	}

	/**
	 * What a festival run sent, as recorded for its festival and year.
	 *
	 * @param asOf the mailing date, which the arrears on the cards are stated at
	 * @param cards cards, one per household
	 * @param inArrears cards that carry a reminder of arrears
	 * @param printBatches print-batch files the cards are printed in, at least one per
	 * estate
	 * @param ownFiles cards also written to a file of their own ({@code single-files})
	 * @param failure why the run failed, or null
	 * @param stepTimes how long each step of this run took, by step name (empty when
	 * already done)
	 */
	public record FestivalSummary(Festival festival, int year, LocalDate festivalDate, LocalDate asOf,
			BatchStatus status, boolean alreadyDone, int estates, int cards, int inArrears, int printBatches,
			int ownFiles, Path outputDir, String failure, Map<String, Duration> stepTimes) {

		public FestivalSummary {
			stepTimes = Collections.unmodifiableMap(new LinkedHashMap<>(stepTimes));
		}

		/** PDF files written: the print batches, and the cards' own files. */
		public int files() {
			return printBatches + ownFiles;
		}
	}

	/** Why a bulletin waits for the dunning run of its date, and what to do. */
	static String refusal(LocalDate asOf) {
		return "no completed dunning run as of " + asOf + ": the bulletin and the open letter list the households it"
				+ " put on the ladder. Run `run dunning --as-of " + asOf + "` first.";
	}

}
