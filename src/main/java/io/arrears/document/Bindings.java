package io.arrears.document;

import io.arrears.dunning.NoticeKind;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each kind of document into its template's parameters and rows: the one place
 * where amounts, dates and wording become the text an owner reads.
 */
final class Bindings {

	private final Templates templates;

	Bindings(Templates templates) {
		this.templates = templates;
	}

	ReportInput of(Document document) {
		if (document instanceof HouseholdNotice notice) {
			return notice.kind() == NoticeKind.REMINDER ? reminder(notice) : lawyerLetter(notice);
		}
		else if (document instanceof FestivalCard card) {
			return festivalCard(card);
		}
		else if (document instanceof EstateList list) {
			return list.kind() == EstateListKind.BULLETIN ? bulletin(list) : openLetter(list);
		}
		else if (document instanceof CaseFile caseFile) {
			return caseFile(caseFile);
		}
		throw new IllegalArgumentException("unknown document " + document.getClass());
	}

	/**
	 * The template a document is laid out with; a print batch holds documents of one
	 * template.
	 */
	static String templateOf(Document document) {
		if (document instanceof HouseholdNotice notice) {
			return notice.kind() == NoticeKind.REMINDER ? "reminder" : "lawyer-letter";
		}
		else if (document instanceof FestivalCard) {
			return "festival-card";
		}
		else if (document instanceof EstateList list) {
			return list.kind() == EstateListKind.BULLETIN ? "bulletin" : "open-letter";
		}
		return "case-file";
	}

	private ReportInput reminder(HouseholdNotice n) {
		Wording w = templates.wording("reminder");
		Map<String, String> v = noticeValues(n);
		String k = "reminder." + n.number() + ".";
		Map<String, Object> p = common(n.estate(), templates.wording("common"), v);
		p.put("NUMBER", n.number());
		p.put("TITLE", w.text("title", v));
		p.put("ORDINAL", w.text("ordinal", v));
		p.put("NOTICE_NO", w.text("notice.no", v));
		p.put("SALUTATION", w.text(k + "salutation", v));
		p.put("BODY", w.text(k + "body", v));
		p.put("CLOSING", w.text(k + "closing", v));
		p.put("HOUSEHOLD_LINE", w.text("household.line", v));
		amounts(p, n, w, v);
		p.put("DEADLINE_TEXT", w.text(k + "deadline", v));
		p.put("SIGN_PHONE", w.text("sign.phone", v));
		p.put("SIGN_DATE", w.text("sign.date", v));
		p.put("HAS_RECEIPT", n.hasReceipt());
		if (n.hasReceipt()) {
			p.put("RECEIPT_CUT", w.text("receipt.cut", v));
			p.put("RECEIPT_TITLE", w.text("receipt.title", v));
			p.put("RECEIPT_BODY", w.text("receipt.body", v));
			p.put("RECEIPT_SIGN", w.text("receipt.sign", v));
		}
		return new ReportInput("reminder", p, chargeRows(n));
	}

	private ReportInput lawyerLetter(HouseholdNotice n) {
		Wording w = templates.wording("lawyer-letter");
		Map<String, String> v = noticeValues(n);
		v.put("firm", n.lawFirm().firmName());
		v.put("lawyer", n.lawFirm().lawyerName());
		v.put("firmPhone", n.lawFirm().phone());
		v.put("firmAddress", n.lawFirm().address());
		Map<String, Object> p = common(n.estate(), templates.wording("common"), v);
		p.put("NUMBER", 0);
		for (String key : List.of("title", "letter.no", "to", "address", "intro", "p1", "p2", "p3", "p4", "p5",
				"closing", "sign.firm", "sign.lawyer", "sign.contact", "client.contact")) {
			p.put(key.replace('.', '_').toUpperCase(java.util.Locale.ROOT), w.text(key, v));
		}
		amounts(p, n, w, v);
		return new ReportInput("lawyer-letter", p, chargeRows(n));
	}

	private static void amounts(Map<String, Object> p, HouseholdNotice n, Wording w, Map<String, String> v) {
		p.put("SHOW_LATE_FEE", n.showsLateFee());
		p.put("PRINCIPAL", Money.format(n.principal()));
		p.put("LATE_FEE", Money.format(n.lateFee()));
		p.put("TOTAL", Money.format(n.total()));
		p.put("TOTAL_CN", ChineseAmount.of(n.total()));
		p.put("LATE_FEE_NOTE", w.has("late.fee.note") && n.showsLateFee() ? w.text("late.fee.note", v) : "");
	}

	private static List<Map<String, ?>> chargeRows(HouseholdNotice n) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (ChargeLine line : n.lines()) {
			Map<String, Object> row = new HashMap<>();
			row.put("feeItem", line.feeItem());
			row.put("period", period(line.period()));
			row.put("dueDate", date(line.dueDate()));
			row.put("outstanding", Money.format(line.outstanding()));
			row.put("lateFee", n.showsLateFee() ? Money.format(line.lateFee()) : "—");
			rows.add(row);
		}
		return rows;
	}

	private Map<String, String> noticeValues(HouseholdNotice n) {
		Map<String, String> v = estateValues(n.estate());
		v.put("owner", n.ownerName());
		v.put("addressee", n.ownerName().isBlank() ? n.household().label() : n.ownerName());
		v.put("room", n.household().label());
		v.put("mailingAddress", n.mailingAddress());
		v.put("householdCode", n.household().code());
		v.put("asOf", date(n.asOf()));
		v.put("since", date(n.episodeDueDate()));
		v.put("days", Long.toString(ChronoUnit.DAYS.between(n.episodeDueDate(), n.asOf())));
		v.put("deadline", date(n.deadline()));
		v.put("principal", Money.format(n.principal()));
		v.put("lateFee", Money.format(n.lateFee()));
		v.put("total", Money.format(n.total()));
		v.put("principalCn", ChineseAmount.of(n.principal()));
		v.put("lateFeeCn", ChineseAmount.of(n.lateFee()));
		v.put("totalCn", ChineseAmount.of(n.total()));
		v.put("number", Integer.toString(n.number()));
		v.put("numberCn", chineseNumber(n.number()));
		v.put("year", Integer.toString(n.asOf().getYear()));
		v.put("episode", n.episodeDueDate().toString().replace("-", ""));
		return v;
	}

	private ReportInput festivalCard(FestivalCard c) {
		Wording w = templates.wording("festival-card");
		Map<String, String> v = estateValues(c.estate());
		v.put("owner", c.ownerName());
		v.put("addressee", c.ownerName().isBlank() ? c.household().label() : c.ownerName());
		v.put("room", c.household().label());
		v.put("mailingAddress", c.mailingAddress());
		v.put("asOf", date(c.asOf()));
		v.put("arrears", Money.format(c.arrears()));
		v.put("arrearsCn", ChineseAmount.of(c.arrears()));
		v.put("festivalDate", date(c.festivalDate()));
		v.put("year", Integer.toString(c.festivalDate().getYear()));
		v.put("lunarYear", io.arrears.festival.FestivalCalendar.lunarYearName(c.festivalDate().getYear()));
		String k = c.festival() == io.arrears.festival.Festival.SPRING_FESTIVAL ? "spring." : "lantern.";
		Map<String, Object> p = common(c.estate(), templates.wording("common"), v);
		p.put("FESTIVAL", c.festival().name());
		p.put("HEADING", w.text(k + "heading", v));
		p.put("SUBHEADING", w.text(k + "subheading", v));
		p.put("SALUTATION", w.text("salutation", v));
		p.put("GREETING", w.text(k + "greeting", v));
		String reminderKey = k + (c.inArrears() ? "reminder.arrears" : "reminder.none");
		p.put("REMINDER", w.has(reminderKey) ? w.text(reminderKey, v) : "");
		p.put("SIGN_CENTRE", w.text("sign.centre", v));
		p.put("SIGN_MANAGER", w.text("sign.manager", v));
		p.put("SIGN_DATE", w.text(k + "sign.date", v));
		p.put("ENVELOPE", w.text("envelope", v));
		return new ReportInput("festival-card", p, List.of());
	}

	private ReportInput bulletin(EstateList l) {
		return estateList(l, "bulletin",
				List.of("title", "subtitle", "thanks", "duty", "request", "empty", "sign.centre", "sign.date"));
	}

	private ReportInput openLetter(EstateList l) {
		return estateList(l, "open-letter",
				List.of("title", "salutation", "p1", "p2", "p3", "p4", "p5", "empty", "sign.centre", "sign.date"));
	}

	private ReportInput estateList(EstateList l, String name, List<String> keys) {
		Wording w = templates.wording(name);
		Map<String, String> v = estateValues(l.estate());
		v.put("asOf", date(l.asOf()));
		v.put("deadline", date(l.deadline()));
		v.put("households", Integer.toString(l.households()));
		v.put("paid", Integer.toString(l.householdsPaid()));
		v.put("percent", l.paidPercent().toPlainString());
		v.put("count", Integer.toString(l.rows().size()));
		boolean names = l.rows().stream().anyMatch(r -> !r.publicName().isEmpty());
		Map<String, Object> p = common(l.estate(), templates.wording("common"), v);
		for (String key : keys) {
			p.put(key.replace('.', '_').toUpperCase(java.util.Locale.ROOT), w.text(key, v));
		}
		p.put("PRIVACY_NOTE", w.text(names ? "privacy.masked" : "privacy.none", v));
		p.put("SHOW_NAME", names);
		p.put("HAS_ROWS", !l.rows().isEmpty());
		List<Map<String, ?>> rows = new ArrayList<>();
		int seq = 0;
		for (ListedHousehold r : l.rows()) {
			Map<String, Object> row = new HashMap<>();
			row.put("seq", Integer.toString(++seq));
			row.put("room", r.household().label());
			row.put("name", r.publicName());
			row.put("amount", Money.format(r.amount()));
			row.put("overdue", w.text("overdue",
					Map.of("days", Integer.toString(r.daysOverdue()), "since", date(r.oldestDueDate()))));
			rows.add(row);
		}
		return new ReportInput(name, p, rows);
	}

	private ReportInput caseFile(CaseFile f) {
		Wording w = templates.wording("case-file");
		Map<String, String> v = estateValues(f.estate());
		v.put("owner", f.ownerName());
		v.put("room", f.household().label());
		v.put("householdCode", f.household().code());
		v.put("mailingAddress", f.mailingAddress());
		v.put("asOf", date(f.asOf()));
		v.put("since", date(f.episodeDueDate()));
		v.put("principal", Money.format(f.principal()));
		v.put("lateFee", Money.format(f.lateFee()));
		v.put("total", Money.format(f.total()));
		v.put("totalCn", ChineseAmount.of(f.total()));
		Map<String, Object> p = common(f.estate(), templates.wording("common"), v);
		for (String key : List.of("title", "subtitle", "party", "summary", "sign.centre", "sign.date")) {
			p.put(key.replace('.', '_').toUpperCase(java.util.Locale.ROOT), w.text(key, v));
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		for (CaseFile.StatementEntry e : f.statement()) {
			rows.add(caseRow("A", w.text("section.A", v), false, date(e.effectiveDate()), e.reference(),
					entryType(w, e.entryType()), e.feeItem(), e.period() == null ? "" : period(e.period()),
					Money.format(e.amount()), signed(e.balance())));
		}
		for (CaseFile.PaymentAllocation a : f.allocations()) {
			rows.add(caseRow("B", w.text("section.B", v), false, date(a.appliedOn()), a.paymentReference(),
					a.targetReference(), a.targetLabel(), Money.format(a.amount()), "", ""));
		}
		for (CaseFile.LateFeeComputation c : f.lateFees()) {
			for (CaseFile.LateFeeSpan s : c.spans()) {
				rows.add(caseRow("C", w.text("section.C", v), false, c.chargeReference(),
						date(s.from()) + "–" + date(s.to()), Integer.toString(s.days()), Money.format(s.outstanding()),
						s.dailyRate().toPlainString(), s.amount().toPlainString(), ""));
			}
			Map<String, String> cv = new HashMap<>(v);
			cv.put("feeItem", c.feeItem());
			cv.put("period", period(c.period()));
			cv.put("dueDate", date(c.dueDate()));
			cv.put("accrued", c.accrued().toPlainString());
			cv.put("cap", Money.format(c.cap()));
			cv.put("rounded", Money.format(c.rounded()));
			cv.put("posted", Money.format(c.posted()));
			rows.add(caseRow("C", w.text("section.C", v), true, c.chargeReference(), w.text("late.fee.total", cv), "",
					"", "", "", ""));
		}
		for (CaseFile.IssuedNotice n : f.notices()) {
			String kind = n.kind() == NoticeKind.REMINDER
					? w.text("notice.reminder", Map.of("numberCn", chineseNumber(n.number())))
					: w.text("notice.lawyer", Map.of());
			rows.add(caseRow("D", w.text("section.D", v), false, date(n.issuedOn()), kind, date(n.episodeDueDate()),
					Money.format(n.amountStated()), n.fingerprint(), "", ""));
		}
		return new ReportInput("case-file", p, rows);
	}

	private static Map<String, ?> caseRow(String section, String title, boolean emphasis, String... cells) {
		Map<String, Object> row = new HashMap<>();
		row.put("section", section);
		row.put("sectionTitle", title);
		row.put("emphasis", emphasis);
		for (int i = 0; i < cells.length; i++) {
			row.put("c" + (i + 1), cells[i]);
		}
		return row;
	}

	private static String entryType(Wording w, String type) {
		String key = "entry." + type;
		return w.has(key) ? w.text(key, Map.of()) : type;
	}

	private static String signed(BigDecimal amount) {
		return amount.signum() < 0 ? "-" + Money.format(amount.negate()) : Money.format(amount);
	}

	private static Map<String, String> estateValues(EstateInfo estate) {
		Map<String, String> v = new LinkedHashMap<>();
		v.put("estate", estate.name());
		v.put("company", estate.companyName());
		v.put("phone", estate.servicePhone());
		v.put("manager", estate.managerName());
		v.put("estateAddress", estate.address());
		return v;
	}

	private static Map<String, Object> common(EstateInfo estate, Wording common, Map<String, String> v) {
		Map<String, Object> p = new HashMap<>();
		p.put("COMPANY", estate.companyName());
		p.put("CENTRE", common.text("centre", v));
		p.put("PAYMENT_METHODS", common.text("payment.methods", v));
		p.put("PAYMENT_TITLE", common.text("payment.title", v));
		return p;
	}

	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	static String period(YearMonth period) {
		return period.getYear() + "年" + period.getMonthValue() + "月";
	}

	private static final ThreadLocal<RuleBasedNumberFormat> CARDINAL = ThreadLocal.withInitial(() -> {
		RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
		format.setDefaultRuleSet("%spellout-cardinal");
		return format;
	});

	/** 三 for 3, 十 for 10: "第三次". */
	static String chineseNumber(int n) {
		return CARDINAL.get().format(n);
	}

}
