package io.arrears.finance;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.arrears.collection.ReviewLine;
import io.arrears.document.TemplateReport;
import io.arrears.limitation.LimitationPeriod;

/**
 * The pack's PDF: {@code templates/month-end.jrxml} laid out with the words of
 * {@code month-end.properties}, read from the edited templates folder first and from the
 * jar otherwise, like every other document. The template is compiled once, on first use.
 */
final class MonthEndReport {

	private static final String NAME = "month-end";

	private final TemplateReport report;

	private final FinanceProperties properties;

	MonthEndReport(Path templateFolder, FinanceProperties properties) {
		this.report = new TemplateReport(templateFolder, NAME);
		this.properties = properties;
	}

	byte[] render(MonthEndPack pack) {
		Map<String, String> v = values(pack);
		Map<String, Object> p = new HashMap<>();
		p.put("TITLE", text("title", v));
		p.put("SUBTITLE", text("subtitle", v));
		p.put("COMPANY", text("company", v));
		p.put("NOTES_TITLE", text("notes.title", v));
		p.put("NOTES", text("notes.body", v));
		BigDecimal axisMax = TrendChart.axisMax(pack.trend(), properties.arrearsTarget());
		Map<String, String> legend = new HashMap<>(v);
		legend.put("max", Share.percent(axisMax));
		p.put("CHART_LEGEND", text("chart.legend", legend));
		p.put("CHART", TrendChart.draw(pack.trend(), properties.arrearsTarget(), axisMax));
		for (int i = 0; i < pack.trend().size(); i++) {
			TrendPoint point = pack.trend().get(i);
			p.put("M" + (i + 1), point.month().getYear() + "年" + point.month().getMonthValue() + "月");
			p.put("V" + (i + 1), point.measured() ? point.inArrears().percent() : text("chart.noData", v));
		}
		return report.render(p, rows(pack, v), pack.estate().companyName());
	}

	private List<Map<String, ?>> rows(MonthEndPack pack, Map<String, String> v) {
		List<Map<String, ?>> rows = new ArrayList<>();
		String[] amountHeads = { text("head.households", v), text("head.principal", v), text("head.lateFeePosted", v),
				text("head.lateFeeOutstanding", v), text("head.priorYear", v) };
		for (AgingRow r : pack.byStage()) {
			rows.add(agingRow("A", text("section.A", v), text("head.stage", v), amountHeads,
					text("stage." + r.key(), v), r, false));
		}
		rows.add(agingRow("A", text("section.A", v), text("head.stage", v), amountHeads, text("total", v), pack.total(),
				true));
		for (AgingRow r : pack.byDays()) {
			rows.add(agingRow("B", text("section.B", v), text("head.days", v), amountHeads, bucketLabel(r.key(), v), r,
					false));
		}
		rows.add(agingRow("B", text("section.B", v), text("head.days", v), amountHeads, text("total", v), pack.total(),
				true));

		Kpis k = pack.kpis();
		String[] kpiHeads = { text("head.kpi", v), text("head.share", v), text("head.count", v), text("head.target", v),
				text("head.result", v), "" };
		String c = text("section.C", v);
		rows.add(row("C", c, kpiHeads, false, text("kpi.paid", v), k.paidThisPeriod().percent(),
				counts(k.paidThisPeriod()), text("result.none", v), text("result.none", v), ""));
		rows.add(row("C", c, kpiHeads, false, text("kpi.inArrears", v), k.inArrears().percent(), counts(k.inArrears()),
				text("result.none", v), text("result.none", v), ""));
		String met = !k.beyondTarget().measured() ? text("result.none", v)
				: text(k.beyondTarget().below(properties.arrearsTarget()) ? "result.met" : "result.missed", v);
		rows.add(row("C", c, kpiHeads, false, text("kpi.beyond", v), k.beyondTarget().percent(),
				counts(k.beyondTarget()), text("target.beyond", v), met, ""));
		rows.add(row("C", c, kpiHeads, false, text("kpi.lawyer", v), k.lawyerLetterPaid().percent(),
				counts(k.lawyerLetterPaid()), text("practice.lawyer", v), text("result.none", v), ""));

		String[] noticeHeads = { text("head.kind", v), text("head.issued", v), "", "", "", "" };
		int total = 0;
		for (Map.Entry<String, Integer> issued : k.notices().entrySet()) {
			String key = "kind." + issued.getKey();
			rows.add(row("D", text("section.D", v), noticeHeads, false, has(key) ? text(key, v) : issued.getKey(),
					issued.getValue().toString(), "", "", "", ""));
			total += issued.getValue();
		}
		rows.add(row("D", text("section.D", v), noticeHeads, true, text("total", v), Integer.toString(total), "", "",
				"", ""));

		String[] trendHeads = { text("head.month", v), text("head.households", v), text("head.inArrears", v),
				text("head.inArrearsShare", v), text("head.beyond", v), text("head.beyondShare", v) };
		for (TrendPoint t : pack.trend()) {
			boolean m = t.measured();
			String none = text("chart.noData", v);
			rows.add(row("E", text("section.E", v), trendHeads, false,
					t.month().getYear() + "年" + t.month().getMonthValue() + "月（" + date(t.asOf()) + "）",
					m ? Integer.toString(t.inArrears().of()) : none, m ? Integer.toString(t.inArrears().count()) : "",
					t.inArrears().percent(), m ? Integer.toString(t.beyondTarget().count()) : "",
					t.beyondTarget().percent()));
		}

		String[] collectorHeads = { text("head.collector", v), text("head.opening", v), text("head.recovered", v),
				text("head.contacts", v), text("head.promises", v), text("head.rate", v) };
		String f = text("section.F", v);
		for (ReviewLine l : pack.collectors()) {
			String who = l.collectorCode().equals("-") ? text("unassigned", v)
					: l.collectorCode() + " " + (l.collectorName() == null ? "" : l.collectorName());
			rows.add(row("F", f, collectorHeads, false, who, amount(l.openingPrincipal()), amount(l.recoveredMonth()),
					Integer.toString(l.contacts()),
					l.promisesMade() + " / " + l.promisesKept() + " / " + l.promisesBroken(),
					l.recoveryRate() == null ? text("result.none", v) : Share.percent(l.recoveryRate())));
		}
		if (pack.collectors().isEmpty()) {
			rows.add(row("F", f, collectorHeads, false, text("none.collectors", v), "", "", "", "", ""));
		}

		String[] limitationHeads = { text("head.charge", v), text("head.dueDate", v), text("head.outstanding", v),
				text("head.lastStart", v), text("head.ends", v), "" };
		String g = text("section.G", v);
		BigDecimal lost = BigDecimal.ZERO.setScale(2);
		for (LimitationPeriod p : pack.limitationEnded()) {
			rows.add(row("G", g, limitationHeads, false, p.householdCode() + " · " + p.chargeReference(),
					date(p.dueDate()), amount(p.outstanding()),
					text("start." + p.lastStartKind().name(), v) + " " + date(p.lastStartDate()), date(p.ends()), ""));
			lost = lost.add(p.outstanding());
		}
		rows.add(row("G", g, limitationHeads, true,
				pack.limitationEnded().isEmpty() ? text("none.limitation", v) : text("total", v), "", amount(lost), "",
				"", ""));
		return rows;
	}

	private static Map<String, ?> agingRow(String section, String title, String firstHead, String[] heads, String label,
			AgingRow r, boolean emphasis) {
		return row(section, title, new String[] { firstHead, heads[0], heads[1], heads[2], heads[3], heads[4] },
				emphasis, label, Integer.toString(r.households()), amount(r.principalOverdue()),
				amount(r.lateFeePosted()), amount(r.lateFeeOutstanding()), amount(r.priorYearPrincipal()));
	}

	private static Map<String, ?> row(String section, String title, String[] heads, boolean emphasis, String... cells) {
		Map<String, Object> row = new HashMap<>();
		row.put("section", section);
		row.put("sectionTitle", title);
		row.put("emphasis", emphasis);
		for (int i = 0; i < 6; i++) {
			row.put("h" + (i + 1), heads[i]);
			row.put("c" + (i + 1), cells[i]);
		}
		return row;
	}

	private String bucketLabel(String key, Map<String, String> v) {
		if (key.equals(AgingBuckets.NONE)) {
			return text("bucket.none", v);
		}
		Map<String, String> b = new HashMap<>(v);
		if (key.startsWith(">")) {
			b.put("from", Integer.toString(Integer.parseInt(key.substring(1)) + 1));
			return text("bucket.open", b);
		}
		String[] range = key.split("-");
		b.put("from", range[0]);
		b.put("to", range[1]);
		return text("bucket.range", b);
	}

	private Map<String, String> values(MonthEndPack pack) {
		Kpis k = pack.kpis();
		Map<String, String> v = new HashMap<>();
		v.put("estate", pack.estate().name());
		v.put("company", pack.estate().companyName());
		v.put("asOf", date(pack.asOf()));
		v.put("monthStart", date(pack.asOf().withDayOfMonth(1)));
		v.put("days", Integer.toString(properties.targetAfterDays()));
		v.put("target", Share.percent(properties.arrearsTarget()));
		v.put("letterDays", Integer.toString(properties.lawyerLetterDays()));
		v.put("practice", Share.percent(properties.lawyerLetterPractice()));
		v.put("windowFrom", date(k.lawyerWindowFrom()));
		v.put("windowTo", date(k.lawyerWindowTo()));
		v.put("unmeasured", Integer.toString(k.lawyerLettersUnmeasured()));
		return v;
	}

	private static String counts(Share share) {
		return share.count() + " / " + share.of();
	}

	/** 1,234.50: grouping helps a reader, as on every other document. */
	static String amount(BigDecimal amount) {
		return String.format(Locale.ROOT, "%,.2f", amount);
	}

	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private boolean has(String key) {
		return report.has(key);
	}

	/**
	 * The wording of a key with its placeholders filled; a missing key or value fails
	 * loudly.
	 */
	private String text(String key, Map<String, String> values) {
		return report.text(key, values);
	}

}
