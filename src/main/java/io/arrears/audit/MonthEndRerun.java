package io.arrears.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import io.arrears.dunning.Assessment;
import io.arrears.audit.Difference.Kind;
import io.arrears.finance.AgingReport;
import io.arrears.finance.MonthEndAudit;
import io.arrears.schedule.Schedules;

/**
 * Re-runs the month-end job: on each date of the range it ran on or was due by
 * {@code jobs/schedules.yml}, each estate's aging report (docs/month-end.md), compared
 * line by line (every stage, every bucket, the totals) with the one printed from the
 * stage history of the date. A date whose pack was never produced shows as a document not
 * issued.
 */
class MonthEndRerun extends DocumentRerun {

	static final String NAME = "month-end";

	static final String KIND = "AGING";

	private final MonthEndAudit monthEnd;

	MonthEndRerun(RerunLauncher launcher, AuditRuns auditRuns, MonthEndAudit monthEnd, Schedules schedules) {
		super(launcher, auditRuns, schedules);
		this.monthEnd = monthEnd;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	SortedSet<LocalDate> postedOn(LocalDate from, LocalDate to) {
		SortedSet<LocalDate> dates = new TreeSet<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (monthEnd.produced(day)) {
				dates.add(day);
			}
		}
		return dates;
	}

	@Override
	Map<String, StatedDocument> posted(LocalDate asOf) {
		Map<String, StatedDocument> posted = new LinkedHashMap<>();
		if (monthEnd.produced(asOf)) {
			for (AgingReport report : monthEnd.recorded(asOf).values()) {
				StatedDocument document = document(report);
				posted.put(document.key(), document);
			}
		}
		return posted;
	}

	@Override
	Map<String, Computed> computed(LocalDate asOf, Map<String, Assessment> standings) {
		Map<String, Computed> computed = new LinkedHashMap<>();
		for (AgingReport report : monthEnd.computed(asOf, standings).values()) {
			StatedDocument document = document(report);
			computed.put(document.key(), new Computed(document, tag -> monthEnd.writeCorrected(report, tag)));
		}
		return computed;
	}

	@Override
	Kind lineKind() {
		return Kind.AGING;
	}

	private static StatedDocument document(AgingReport report) {
		Map<String, String> lines = new LinkedHashMap<>();
		report.lines()
			.forEach((subject, value) -> lines.put(StatedDocument.lineKey(report.estateCode(), subject), value));
		return new StatedDocument(report.estateCode(), KIND, StatedDocument.fingerprintOf(lines), lines);
	}

}
