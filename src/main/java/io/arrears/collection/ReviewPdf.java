package io.arrears.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.arrears.document.TemplateReport;

/**
 * The one-page daily review of an estate ({@code templates/review.jrxml}): a line per
 * collector, the ranked first by rank, then the unranked by code, the unassigned last.
 * Internal: it ranks staff.
 */
final class ReviewPdf {

	private static final int COLUMNS = 13;

	private final TemplateReport report;

	ReviewPdf(Path templateFolder) {
		this.report = new TemplateReport(templateFolder, "review");
	}

	/** The order of the page: by rank, the unranked after, {@code -} last. */
	static final Comparator<ReviewLine> PAGE_ORDER = Comparator
		.comparing((ReviewLine l) -> l.collectorCode().equals(Coverage.UNASSIGNED))
		.thenComparing(ReviewLine::rank, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ReviewLine::collectorCode);

	byte[] render(String estateName, String companyName, LocalDate asOf, List<ReviewLine> lines) {
		Map<String, String> v = new HashMap<>();
		v.put("estate", WorkListPdf.printable(estateName, asOf, "the estate", "name"));
		v.put("company", WorkListPdf.printable(companyName, asOf, "the estate", "company name"));
		v.put("date", WorkListPdf.date(asOf));
		v.put("monthStart", WorkListPdf.date(asOf.withDayOfMonth(1)));
		Map<String, Object> p = new HashMap<>();
		p.put("TITLE", report.text("title", v));
		p.put("SUBTITLE", report.text("subtitle", v));
		p.put("NOTES", report.text("notes", v));
		p.put("NOTICE", report.text("notice", v));
		for (int i = 1; i <= COLUMNS; i++) {
			p.put("H" + i, report.text("head." + i, v));
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		for (ReviewLine l : lines.stream().sorted(PAGE_ORDER).toList()) {
			Map<String, Object> row = new HashMap<>();
			String who = l.collectorCode().equals(Coverage.UNASSIGNED) ? report.text("unassigned", v)
					: l.collectorCode() + " " + (l.collectorName() == null ? ""
							: WorkListPdf.printable(l.collectorName(), asOf, "collector " + l.collectorCode(), "name"));
			String[] cells = { who, Integer.toString(l.households()), Integer.toString(l.newlyInArrears()),
					Integer.toString(l.cleared()), amount(l.openingPrincipal()), amount(l.recoveredToday()),
					amount(l.recoveredMonth()), percent(l.recoveryRate()), Integer.toString(l.contacts()),
					l.promisesMade() + "/" + l.promisesKept() + "/" + l.promisesBroken(),
					Integer.toString(l.limitation()), l.rank() == null ? "—" : l.rank().toString(),
					l.lastThreeDays() ? report.text("mark", v) : "" };
			for (int i = 0; i < COLUMNS; i++) {
				row.put("c" + (i + 1), cells[i]);
			}
			rows.add(row);
		}
		return report.render(p, rows, companyName);
	}

	/** 33.33%: the rate as the page shows it; a dash when there is none. */
	static String percent(BigDecimal rate) {
		return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.UNNECESSARY) + "%";
	}

	private static String amount(BigDecimal amount) {
		return String.format(Locale.ROOT, "%,.2f", amount);
	}

}
