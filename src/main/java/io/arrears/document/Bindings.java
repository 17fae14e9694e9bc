package io.arrears.document;

import io.arrears.dunning.NoticeKind;
import io.arrears.festival.Festival;
import io.arrears.festival.FestivalCalendar;
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
import java.util.Locale;
import java.util.Map;

/**
 * Turns each kind of document into its template's parameters and rows: the one place
 * where amounts, dates and wording become the text an owner reads.
 */
final class Bindings {

	private final Templates templates;

	private final PaymentUrls paymentUrls;

	Bindings(Templates templates, PaymentUrls paymentUrls) {
		this.templates = templates;
		this.paymentUrls = paymentUrls;
	}

	/**
	 * The document's parameters and rows, with the QR code to pay by (SPEC §11) when it
	 * carries one: {@code PAYMENT_QR} the image, {@code PAYMENT_URL} the URL it encodes,
	 * printed beside it, {@code PAYMENT_SCAN} the words above the URL. Without one the
	 * three are absent (null in the template), and the page is as before.
	 */
	ReportInput of(Document document) {
		ReportInput input = bind(document);
		paymentUrls.of(document).ifPresent(url -> {
			// the document's own wording first, the common one otherwise
			Wording own = templates.wording(document.template());
			Wording common = templates.wording("common");
			String scan = own.has("payment.scan") ? own.text("payment.scan", Map.of())
					: common.has("payment.scan") ? common.text("payment.scan", Map.of()) : "";
			input.parameters().put("PAYMENT_QR", PaymentQr.of(url));
			input.parameters().put("PAYMENT_URL", url);
			input.parameters().put("PAYMENT_SCAN", scan);
		});
		return input;
	}

	/**
	 * The one dispatch on the kind of document; each document names its template itself.
	 */
	private ReportInput bind(Document document) {
		if (document instanceof HouseholdNotice notice) {
			return notice.kind() == NoticeKind.REMINDER ? reminder(notice) : lawyerLetter(notice);
		}
		if (document instanceof FestivalCard card) {
			return festivalCard(card);
		}
		if (document instanceof EstateList list) {
			return list.kind() == EstateListKind.BULLETIN ? bulletin(list) : openLetter(list);
		}
		return caseFile((CaseFile) document);
	}

	private ReportInput reminder(HouseholdNotice notice) {
		Wording wording = templates.wording("reminder");
		Map<String, String> values = noticeValues(notice);
		String prefix = "reminder." + notice.number() + ".";
		Map<String, Object> parameters = common(notice.estate(), templates.wording("common"), values);
		parameters.put("NUMBER", notice.number());
		parameters.put("TITLE", wording.text("title", values));
		parameters.put("ORDINAL", wording.text("ordinal", values));
		parameters.put("NOTICE_NO", wording.text("notice.no", values));
		parameters.put("SALUTATION", wording.text(prefix + "salutation", values));
		parameters.put("BODY", wording.text(prefix + "body", values));
		parameters.put("CLOSING", wording.text(prefix + "closing", values));
		parameters.put("HOUSEHOLD_LINE", wording.text("household.line", values));
		amounts(parameters, notice, wording, values);
		parameters.put("DEADLINE_TEXT", wording.text(prefix + "deadline", values));
		parameters.put("SIGN_PHONE", wording.text("sign.phone", values));
		parameters.put("SIGN_DATE", wording.text("sign.date", values));
		parameters.put("HAS_RECEIPT", notice.hasReceipt());
		if (notice.hasReceipt()) {
			parameters.put("RECEIPT_CUT", wording.text("receipt.cut", values));
			parameters.put("RECEIPT_TITLE", wording.text("receipt.title", values));
			parameters.put("RECEIPT_BODY", wording.text("receipt.body", values));
			parameters.put("RECEIPT_SIGN", wording.text("receipt.sign", values));
		}
		return new ReportInput("reminder", parameters, chargeRows(notice));
	}

	private ReportInput lawyerLetter(HouseholdNotice notice) {
		Wording wording = templates.wording("lawyer-letter");
		Map<String, String> values = noticeValues(notice);
		values.put("firm", notice.lawFirm().firmName());
		values.put("lawyer", notice.lawFirm().lawyerName());
		values.put("firmPhone", notice.lawFirm().phone());
		values.put("firmAddress", notice.lawFirm().address());
		Map<String, Object> parameters = common(notice.estate(), templates.wording("common"), values);
		parameters.put("NUMBER", 0);
		for (String key : List.of("title", "letter.no", "to", "address", "intro", "p1", "p2", "p3", "p4", "p5",
				"closing", "sign.firm", "sign.lawyer", "sign.contact", "client.contact", "delivery")) {
			parameters.put(key.replace('.', '_').toUpperCase(Locale.ROOT), wording.text(key, values));
		}
		amounts(parameters, notice, wording, values);
		return new ReportInput("lawyer-letter", parameters, chargeRows(notice));
	}

	private static void amounts(Map<String, Object> parameters, HouseholdNotice notice, Wording wording,
			Map<String, String> values) {
		parameters.put("SHOW_LATE_FEE", notice.showsLateFee());
		parameters.put("PRINCIPAL", Money.format(notice.principal()));
		parameters.put("LATE_FEE", Money.format(notice.lateFee()));
		parameters.put("TOTAL", Money.format(notice.total()));
		parameters.put("TOTAL_CN", ChineseAmount.of(notice.total()));
		parameters.put("LATE_FEE_NOTE",
				wording.has("late.fee.note") && notice.showsLateFee() ? wording.text("late.fee.note", values) : "");
	}

	private static List<Map<String, ?>> chargeRows(HouseholdNotice notice) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (ChargeLine line : notice.lines()) {
			Map<String, Object> row = new HashMap<>();
			row.put("feeItem", line.feeItem());
			row.put("period", period(line.period()));
			row.put("dueDate", date(line.dueDate()));
			row.put("outstanding", Money.format(line.outstanding()));
			row.put("lateFee", notice.showsLateFee() ? Money.format(line.lateFee()) : "—");
			rows.add(row);
		}
		return rows;
	}

	private Map<String, String> noticeValues(HouseholdNotice notice) {
		Map<String, String> values = estateValues(notice.estate());
		values.put("owner", notice.ownerName());
		values.put("addressee", notice.ownerName().isBlank() ? notice.household().label() : notice.ownerName());
		values.put("room", notice.household().label());
		values.put("mailingAddress", notice.mailingAddress());
		values.put("householdCode", notice.household().code());
		values.put("asOf", date(notice.asOf()));
		values.put("since", date(notice.episodeDueDate()));
		values.put("days", Long.toString(ChronoUnit.DAYS.between(notice.episodeDueDate(), notice.asOf())));
		values.put("deadline", date(notice.deadline()));
		values.put("principal", Money.format(notice.principal()));
		values.put("lateFee", Money.format(notice.lateFee()));
		values.put("total", Money.format(notice.total()));
		values.put("principalCn", ChineseAmount.of(notice.principal()));
		values.put("lateFeeCn", ChineseAmount.of(notice.lateFee()));
		values.put("totalCn", ChineseAmount.of(notice.total()));
		values.put("number", Integer.toString(notice.number()));
		values.put("numberCn", chineseNumber(notice.number()));
		values.put("year", Integer.toString(notice.asOf().getYear()));
		values.put("episode", notice.episodeDueDate().toString().replace("-", ""));
		return values;
	}

	private ReportInput festivalCard(FestivalCard card) {
		Wording wording = templates.wording("festival-card");
		Map<String, String> values = estateValues(card.estate());
		values.put("owner", card.ownerName());
		values.put("addressee", card.ownerName().isBlank() ? card.household().label() : card.ownerName());
		values.put("room", card.household().label());
		values.put("mailingAddress", card.mailingAddress());
		values.put("asOf", date(card.asOf()));
		values.put("arrears", Money.format(card.arrears()));
		values.put("arrearsCn", ChineseAmount.of(card.arrears()));
		values.put("festivalDate", date(card.festivalDate()));
		values.put("year", Integer.toString(card.festivalDate().getYear()));
		values.put("lunarYear", FestivalCalendar.lunarYearName(card.festivalDate().getYear()));
		String prefix = card.festival() == Festival.SPRING_FESTIVAL ? "spring." : "lantern.";
		Map<String, Object> parameters = common(card.estate(), templates.wording("common"), values);
		parameters.put("FESTIVAL", card.festival().name());
		parameters.put("HEADING", wording.text(prefix + "heading", values));
		parameters.put("SUBHEADING", wording.text(prefix + "subheading", values));
		parameters.put("SALUTATION", wording.text("salutation", values));
		parameters.put("GREETING", wording.text(prefix + "greeting", values));
		String reminderKey = prefix + (card.inArrears() ? "reminder.arrears" : "reminder.none");
		parameters.put("REMINDER", wording.has(reminderKey) ? wording.text(reminderKey, values) : "");
		parameters.put("SIGN_CENTRE", wording.text("sign.centre", values));
		parameters.put("SIGN_MANAGER", wording.text("sign.manager", values));
		parameters.put("SIGN_DATE", wording.text(prefix + "sign.date", values));
		parameters.put("ENVELOPE", wording.text("envelope", values));
		return new ReportInput("festival-card", parameters, List.of());
	}

	private ReportInput bulletin(EstateList list) {
		return estateList(list, "bulletin",
				List.of("title", "subtitle", "thanks", "duty", "request", "empty", "sign.centre", "sign.date"));
	}

	private ReportInput openLetter(EstateList list) {
		return estateList(list, "open-letter",
				List.of("title", "salutation", "p1", "p2", "p3", "p4", "p5", "empty", "sign.centre", "sign.date"));
	}

	private ReportInput estateList(EstateList list, String name, List<String> keys) {
		Wording wording = templates.wording(name);
		Map<String, String> values = estateValues(list.estate());
		values.put("asOf", date(list.asOf()));
		values.put("deadline", date(list.deadline()));
		values.put("households", Integer.toString(list.households()));
		values.put("paid", Integer.toString(list.householdsPaid()));
		values.put("percent", list.paidPercent().toPlainString());
		values.put("count", Integer.toString(list.rows().size()));
		boolean names = list.rows().stream().anyMatch(listed -> !listed.publicName().isEmpty());
		Map<String, Object> parameters = common(list.estate(), templates.wording("common"), values);
		for (String key : keys) {
			parameters.put(key.replace('.', '_').toUpperCase(Locale.ROOT), wording.text(key, values));
		}
		parameters.put("PRIVACY_NOTE", wording.text(names ? "privacy.masked" : "privacy.none", values));
		parameters.put("SHOW_NAME", names);
		parameters.put("HAS_ROWS", !list.rows().isEmpty());
		List<Map<String, ?>> rows = new ArrayList<>();
		int seq = 0;
		for (ListedHousehold listed : list.rows()) {
			Map<String, Object> row = new HashMap<>();
			row.put("seq", Integer.toString(++seq));
			row.put("room", listed.household().label());
			row.put("name", listed.publicName());
			row.put("amount", Money.format(listed.amount()));
			row.put("overdue", wording.text("overdue",
					Map.of("days", Integer.toString(listed.daysOverdue()), "since", date(listed.oldestDueDate()))));
			rows.add(row);
		}
		return new ReportInput(name, parameters, rows);
	}

	private ReportInput caseFile(CaseFile caseFile) {
		Wording wording = templates.wording("case-file");
		Map<String, String> values = estateValues(caseFile.estate());
		values.put("owner", caseFile.ownerName());
		values.put("room", caseFile.household().label());
		values.put("householdCode", caseFile.household().code());
		values.put("mailingAddress", caseFile.mailingAddress());
		values.put("asOf", date(caseFile.asOf()));
		values.put("since", date(caseFile.episodeDueDate()));
		values.put("principal", Money.format(caseFile.principal()));
		values.put("lateFee", Money.format(caseFile.lateFee()));
		values.put("total", Money.format(caseFile.total()));
		values.put("totalCn", ChineseAmount.of(caseFile.total()));
		Map<String, Object> parameters = common(caseFile.estate(), templates.wording("common"), values);
		for (String key : List.of("title", "subtitle", "party", "summary", "sign.centre", "sign.date")) {
			parameters.put(key.replace('.', '_').toUpperCase(Locale.ROOT), wording.text(key, values));
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		for (CaseFile.StatementEntry entry : caseFile.statement()) {
			rows.add(caseRow("A", wording.text("section.A", values), false, date(entry.effectiveDate()),
					entry.reference(), entryType(wording, entry.entryType()), entry.feeItem(),
					entry.period() == null ? "" : period(entry.period()), Money.format(entry.amount()),
					signed(entry.balance())));
		}
		for (CaseFile.PaymentAllocation allocation : caseFile.allocations()) {
			rows.add(caseRow("B", wording.text("section.B", values), false, date(allocation.appliedOn()),
					allocation.paymentReference(), allocation.targetReference(), allocation.targetLabel(),
					Money.format(allocation.amount()), "", ""));
		}
		for (CaseFile.LateFeeComputation fee : caseFile.lateFees()) {
			for (CaseFile.LateFeeSpan span : fee.spans()) {
				rows.add(caseRow("C", wording.text("section.C", values), false, fee.chargeReference(),
						date(span.from()) + "–" + date(span.to()), Integer.toString(span.days()),
						Money.format(span.outstanding()), span.dailyRate().toPlainString(),
						span.amount().toPlainString(), ""));
			}
			Map<String, String> feeValues = new HashMap<>(values);
			feeValues.put("feeItem", fee.feeItem());
			feeValues.put("period", period(fee.period()));
			feeValues.put("dueDate", date(fee.dueDate()));
			feeValues.put("accrued", fee.accrued().toPlainString());
			feeValues.put("cap", Money.format(fee.cap()));
			feeValues.put("rounded", Money.format(fee.rounded()));
			feeValues.put("posted", Money.format(fee.posted()));
			rows.add(caseRow("C", wording.text("section.C", values), true, fee.chargeReference(),
					wording.text("late.fee.total", feeValues), "", "", "", "", ""));
		}
		for (CaseFile.IssuedNotice issued : caseFile.notices()) {
			String kind = issued.kind() == NoticeKind.REMINDER
					? wording.text("notice.reminder", Map.of("numberCn", chineseNumber(issued.number())))
					: wording.text("notice.lawyer", Map.of());
			rows.add(caseRow("D", wording.text("section.D", values), false, date(issued.issuedOn()), kind,
					date(issued.episodeDueDate()), Money.format(issued.amountStated()), issued.fingerprint(), "", ""));
		}
		limitation(caseFile.limitation(), wording, values, rows);
		return new ReportInput("case-file", parameters, rows);
	}

	/**
	 * Sections E and F of the case file (SPEC §10): each charge's period, then every
	 * interruption with what proves it, or a line saying there was none.
	 */
	private static void limitation(CaseFile.Limitation limitation, Wording wording, Map<String, String> values,
			List<Map<String, ?>> rows) {
		Map<String, String> titleValues = new HashMap<>(values);
		titleValues.put("years", Integer.toString(limitation.years()));
		String periods = wording.text("section.E", titleValues);
		for (CaseFile.ChargeLimitation charge : limitation.charges()) {
			String days = Long.toString(charge.daysLeft());
			rows.add(caseRow("E", periods, false, charge.chargeReference(), date(charge.dueDate()),
					Money.format(charge.outstanding()), startKind(wording, charge.lastStartKind()),
					date(charge.lastStartDate()), date(charge.ends()),
					charge.daysLeft() < 0 ? wording.text("days.ended", Map.of("days", days)) : days));
		}
		if (limitation.charges().isEmpty()) {
			return;
		}
		String restarts = wording.text("section.F", titleValues);
		for (CaseFile.Restart restart : limitation.restarts()) {
			CaseFile.Evidence evidence = restart.evidence();
			rows.add(caseRow("F", restarts, false, date(restart.on()), startKind(wording, evidence.kind()),
					evidenceSource(wording, evidence), evidenceText(wording, evidence),
					String.join("、", restart.charges()), "", ""));
		}
		if (limitation.restarts().isEmpty()) {
			rows.add(caseRow("F", restarts, true, "", wording.text("restart.none", values), "", "", "", "", ""));
		}
	}

	private static String startKind(Wording wording, String kind) {
		String key = "start." + kind;
		return wording.has(key) ? wording.text(key, Map.of()) : kind;
	}

	/**
	 * The reference that names the evidence: the entry, the contact, the notice, the
	 * hold.
	 */
	private static String evidenceSource(Wording wording, CaseFile.Evidence evidence) {
		if (evidence instanceof CaseFile.PaymentEvidence payment) {
			return payment.reference();
		}
		if (evidence instanceof CaseFile.PromiseEvidence promise) {
			return promise.reference();
		}
		if (evidence instanceof CaseFile.ReceiptEvidence receipt) {
			return receipt.notice() == NoticeKind.REMINDER
					? wording.text("notice.reminder", Map.of("numberCn", chineseNumber(receipt.number())))
					: wording.text("notice.lawyer", Map.of());
		}
		return ((CaseFile.ClaimEvidence) evidence).reference();
	}

	/**
	 * What proves it, in the case file's wording (evidence.* in case-file.properties).
	 */
	private static String evidenceText(Wording wording, CaseFile.Evidence evidence) {
		Map<String, String> v = new HashMap<>();
		String key;
		if (evidence instanceof CaseFile.PaymentEvidence payment) {
			key = "evidence.PAYMENT";
			v.put("amount", Money.format(payment.amount()));
		}
		else if (evidence instanceof CaseFile.PromiseEvidence promise) {
			key = promise.promiseAmount() == null ? "evidence.PROMISE.all" : "evidence.PROMISE";
			String channel = "channel." + promise.channel();
			v.put("channel", wording.has(channel) ? wording.text(channel, Map.of()) : promise.channel());
			v.put("collector", promise.collectorName());
			v.put("collectorCode", promise.collectorCode());
			v.put("promiseDate", date(promise.promiseDate()));
			v.put("promiseAmount", promise.promiseAmount() == null ? "" : Money.format(promise.promiseAmount()));
		}
		else if (evidence instanceof CaseFile.ReceiptEvidence receipt) {
			key = "evidence.RECEIPT." + receipt.method();
			v.put("tracking", receipt.tracking());
			v.put("episode", date(receipt.episodeDueDate()));
			if (!wording.has(key)) {
				return receipt.tracking().isEmpty() ? receipt.method() : receipt.method() + " " + receipt.tracking();
			}
			String text = wording.text(key, v);
			// a signed slip may still carry a number: the file keeps whatever proves it
			return receipt.tracking().isEmpty() || text.contains(receipt.tracking()) ? text
					: text + "（" + receipt.tracking() + "）";
		}
		else {
			CaseFile.ClaimEvidence claim = (CaseFile.ClaimEvidence) evidence;
			key = "evidence.LITIGATION";
			v.put("until", date(claim.until()));
			v.put("approvedBy", claim.approvedBy());
		}
		return wording.text(key, v);
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

	private static String entryType(Wording wording, String type) {
		String key = "entry." + type;
		return wording.has(key) ? wording.text(key, Map.of()) : type;
	}

	private static String signed(BigDecimal amount) {
		return amount.signum() < 0 ? "-" + Money.format(amount.negate()) : Money.format(amount);
	}

	private static Map<String, String> estateValues(EstateInfo estate) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("estate", estate.name());
		values.put("company", estate.companyName());
		values.put("phone", estate.servicePhone());
		values.put("manager", estate.managerName());
		values.put("estateAddress", estate.address());
		return values;
	}

	private static Map<String, Object> common(EstateInfo estate, Wording common, Map<String, String> values) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("COMPANY", estate.companyName());
		parameters.put("CENTRE", common.text("centre", values));
		parameters.put("PAYMENT_METHODS", common.text("payment.methods", values));
		parameters.put("PAYMENT_TITLE", common.text("payment.title", values));
		return parameters;
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
	static String chineseNumber(int number) {
		return CARDINAL.get().format(number);
	}

}
