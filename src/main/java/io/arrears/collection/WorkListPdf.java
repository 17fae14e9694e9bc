package io.arrears.collection;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.arrears.document.TemplateReport;
import io.arrears.dunning.Team;

/**
 * The printable work list of one estate and day ({@code templates/worklist.jrxml}): a
 * page group per collector, in the order of the CSV, the households in rank order, each
 * with a tick box and a line for the outcome. Internal: it names owners and phones.
 *
 * <p>
 * A character the embedded font lacks (an owner's name with a CJK Extension B character)
 * is printed as a visible {@code [U+XXXX]} ({@link TemplateReport#printable}) and the run
 * logs a warning naming the household and the field: the list is internal and the CSV
 * beside it holds the name as recorded, so a collector still gets the day's list, where a
 * notice is refused instead (docs/collection.md, "Work lists").
 */
final class WorkListPdf {

	private static final Logger log = LoggerFactory.getLogger(WorkListPdf.class);

	private final TemplateReport report;

	WorkListPdf(Path templateFolder) {
		this.report = new TemplateReport(templateFolder, "worklist");
	}

	/**
	 * @param lines the estate's lines, collector by collector, each in rank order
	 * @param collectors the current collectors, by code (for names and teams)
	 */
	byte[] render(String estateName, String companyName, LocalDate asOf, List<WorkLine> lines,
			Map<String, Collector> collectors) {
		Map<String, String> v = new HashMap<>();
		v.put("estate", printable(estateName, asOf, "the estate", "name"));
		v.put("date", date(asOf));
		Map<String, Object> p = new HashMap<>();
		p.put("TITLE", report.text("title", v));
		p.put("NOTICE", report.text("notice", v));
		p.put("OUTCOME", report.text("outcome", v));
		p.put("EMPTY", report.text("empty", v));
		Map<String, Integer> counts = new LinkedHashMap<>();
		lines.forEach(l -> counts.merge(l.collectorCode(), 1, Integer::sum));
		List<Map<String, ?>> rows = new ArrayList<>(lines.size());
		for (WorkLine l : lines) {
			Map<String, String> w = new HashMap<>(v);
			w.put("count", counts.get(l.collectorCode()).toString());
			w.put("collector", l.collectorCode());
			w.put("household", l.householdCode());
			Collector c = collectors.get(l.collectorCode());
			w.put("name", c == null ? "" : printable(c.name(), asOf, "collector " + c.code(), "name"));
			w.put("team", c == null ? "" : teamLabel(c.team()));
			w.put("stage", report.text("stage." + l.stage().name(), w));
			w.put("principal", WorkLine.money(l.principalOverdue()));
			w.put("lateFee", WorkLine.money(l.lateFeeDue()));
			w.put("notice", l.lastNotice().isEmpty() ? report.text("none", w) : l.lastNotice());
			w.put("contact", l.lastContact().isEmpty() ? report.text("none", w) : l.lastContact());
			w.put("promise", l.openPromise());
			w.put("limitation", l.limitationEnds() == null ? "" : l.limitationEnds().toString());
			Map<String, Object> row = new HashMap<>();
			row.put("collector", l.collectorCode());
			row.put("collectorTitle", report
				.text(l.collectorCode().equals(Coverage.UNASSIGNED) || c == null ? "unassigned" : "collector", w));
			row.put("rank", Integer.toString(l.rank()));
			String household = "household " + l.householdCode();
			row.put("room", printable(room(l), asOf, household, "room"));
			row.put("owner", printable(text(l.ownerName()), asOf, household, "owner name"));
			row.put("phone", printable(text(l.ownerPhone()), asOf, household, "owner phone"));
			row.put("flag", l.flag() == null ? "" : report.text("flag." + l.flag().name(), w));
			row.put("amounts", report.text("amounts", w));
			String details = report.text("details", w)
					+ (l.openPromise().isEmpty() ? "" : "　" + report.text("promise", w))
					+ (l.limitationEnds() == null ? "" : "　" + report.text("limitation", w));
			row.put("details", details);
			rows.add(row);
		}
		return report.render(p, rows, companyName);
	}

	/**
	 * The text as the font prints it; a warning when a character had to be replaced.
	 */
	static String printable(String text, LocalDate asOf, String who, String field) {
		String printed = TemplateReport.printable(text);
		if (!printed.equals(text)) {
			log.warn("work list and review of {}: the {} of {} has a character the embedded font lacks,"
					+ " printed as {} (the CSV has it as recorded)", asOf, field, who, printed);
		}
		return printed;
	}

	private String teamLabel(Team team) {
		return report.text("team." + team.name(), Map.of());
	}

	private static String room(WorkLine l) {
		return text(l.building()) + "幢" + text(l.unit()) + "单元" + text(l.room());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
