package io.arrears.collection;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.batch.Databases;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.limitation.Interruption;
import io.arrears.limitation.LimitationClock;
import io.arrears.limitation.LimitationCsv;
import io.arrears.limitation.LimitationPeriod;
import io.arrears.limitation.LimitationSettings;
import io.arrears.csv.CsvWriter;

/**
 * {@code export limitation --as-of D [--within N]} (SPEC §10): every overdue charge whose
 * limitation period ends within N days of D or has ended, sorted by the day it ends. The
 * ledger is streamed household by household; promises, filed claims and receipts come in
 * windows of households ({@link FactsWindow}), as recorded by the end of D.
 */
@Component
public class LimitationExport {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final LimitationSettings settings;

	private final LimitationClock clock;

	LimitationExport(DataSource dataSource, JdbcTemplate jdbc, LimitationSettings settings) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = new LimitationClock(settings);
	}

	/**
	 * The watch of {@code --within} when none is given: {@code limitation-watch-days}.
	 */
	public int defaultWithin() {
		return settings.watchDays();
	}

	/** Writes the header and one line per charge watched; returns the number of lines. */
	public long write(LocalDate asOf, int within, Writer out) {
		Visibility visibility = Visibility.endOf(asOf);
		FactsWindow window = new FactsWindow(jdbc, asOf);
		List<LimitationPeriod> periods = new ArrayList<>();
		HouseholdLedgerReader reader = new HouseholdLedgerReader(dataSource, asOf,
				Databases.streamingFetchSize(dataSource));
		reader.open(new ExecutionContext());
		try {
			for (HouseholdLedger h = reader.read(); h != null; h = reader.read()) {
				String code = h.householdCode();
				List<Interruption> others = new ArrayList<>(
						window.facts(code).visibleTo(visibility).interruptions(asOf));
				others.addAll(LimitationClock
					.receipts(window.receipts(code).stream().filter(r -> visibility.sees(r.recordedAt())).toList()));
				// only the watched ones are kept: memory follows the watch, not the
				// ledger
				periods.addAll(LimitationClock.watch(clock.periods(code, h.entries(), others, asOf), within));
			}
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot read the ledger as of " + asOf + ": " + e.getMessage(), e);
		}
		finally {
			reader.close();
		}
		List<LimitationPeriod> watched = LimitationClock.watch(periods, within);
		CsvWriter csv = CsvWriter.withHeader(out, LimitationCsv.COLUMNS);
		for (LimitationPeriod p : watched) {
			csv.row(LimitationCsv.fields(p));
		}
		csv.flush();
		return watched.size();
	}

}
