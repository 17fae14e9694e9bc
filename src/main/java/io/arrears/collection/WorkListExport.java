package io.arrears.collection;

import java.io.Writer;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.batch.Databases;
import io.arrears.dunning.Assessor;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.dunning.NoticeKind;
import io.arrears.limitation.Interruption;
import io.arrears.limitation.LimitationClock;
import io.arrears.limitation.LimitationPeriod;
import io.arrears.limitation.LimitationSettings;
import io.arrears.csv.CsvWriter;

/**
 * {@code export worklist --as-of D [--collector C]} (SPEC §9): each collector's work list
 * of D as CSV, {@link WorkLine#COLUMNS}. Each household is assessed as the run of D left
 * it (its ledger as of D, the late fees D posted included, so nothing is posted again),
 * then treated with its promises and holds ({@link CollectionRules#treat}); the last
 * notice is the registry's as of D. It names owners and phones: an internal document.
 */
@Component
public class WorkListExport {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Assessor assessor;

	private final CollectionRules rules;

	private final WorkList workList;

	private final LimitationClock clock;

	WorkListExport(DataSource dataSource, JdbcTemplate jdbc, Assessor assessor, CollectionSettings collectionSettings,
			LimitationSettings limitationSettings) {
		this.clock = new LimitationClock(limitationSettings);
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.assessor = assessor;
		this.rules = new CollectionRules(collectionSettings);
		this.workList = new WorkList(collectionSettings, limitationSettings);
	}

	private record Place(String estate, String building, String unit, String room, String owner, String phone) {
	}

	/**
	 * Writes the header and the lines of every collector, or of {@code collector} only;
	 * returns the number of lines.
	 */
	public long write(LocalDate asOf, String collector, Writer out) {
		List<WorkLine> lines = lines(asOf, collector);
		CsvWriter csv = CsvWriter.withHeader(out, WorkLine.COLUMNS);
		for (WorkLine line : lines) {
			csv.row(line.fields());
		}
		csv.flush();
		return lines.size();
	}

	/**
	 * The lines of every collector's list of {@code asOf}, or of {@code collector}'s
	 * only, ranked as {@link #write} writes them: the console's work list page.
	 */
	public List<WorkLine> lines(LocalDate asOf, String collector) {
		Visibility visibility = Visibility.endOf(asOf);
		Map<String, Place> places = new HashMap<>();
		jdbc.query("SELECT household_code, estate_code, building, unit, room, owner_name, owner_phone FROM household",
				rs -> {
					places.put(rs.getString(1), new Place(rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7)));
				});
		Map<String, LastNotice> lastNotices = new HashMap<>();
		jdbc.query("SELECT household_code, kind, number, issued_on FROM notice WHERE issued_on <= ?"
				+ " ORDER BY issued_on, notice_id", rs -> {
					lastNotices.put(rs.getString(1), new LastNotice(NoticeKind.valueOf(rs.getString(2)), rs.getInt(3),
							rs.getObject(4, LocalDate.class)));
				}, Date.valueOf(asOf));
		// the collectors as imported: a version takes effect when the import records it
		List<Collector> versions = jdbc.query("SELECT * FROM collector ORDER BY recorded_at, collector_id",
				(rs, n) -> CollectionRowsWriter.collector(rs));
		FactsWindow window = new FactsWindow(jdbc, asOf);
		List<WorkItem> items = new ArrayList<>();
		HouseholdLedgerReader reader = new HouseholdLedgerReader(dataSource, asOf,
				Databases.streamingFetchSize(dataSource));
		reader.open(new ExecutionContext());
		try {
			for (HouseholdLedger h = reader.read(); h != null; h = reader.read()) {
				String code = h.householdCode();
				CollectionFacts facts = window.facts(code);
				Treatment t = rules.treat(assessor.assess(h, asOf), h, facts, visibility);
				List<Interruption> others = new ArrayList<>(facts.visibleTo(visibility).interruptions(asOf));
				others.addAll(LimitationClock
					.receipts(window.receipts(code).stream().filter(r -> visibility.sees(r.recordedAt())).toList()));
				LocalDate ends = clock.periods(code, h.entries(), others, asOf)
					.stream()
					.map(LimitationPeriod::ends)
					.min(Comparator.naturalOrder())
					.orElse(null);
				Place p = places.get(code);
				items.add(new WorkItem(code, p.estate(), p.building(), p.unit(), p.room(), p.owner(), p.phone(),
						t.dunning().assessment(), t.state(), lastNotices.get(code), ends));
			}
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot read the ledger as of " + asOf + ": " + e.getMessage(), e);
		}
		finally {
			reader.close();
		}
		Coverage coverage = Coverage.of(versions);
		return collector == null ? workList.lines(asOf, coverage, items)
				: workList.linesOf(collector, asOf, coverage, items);
	}

}
