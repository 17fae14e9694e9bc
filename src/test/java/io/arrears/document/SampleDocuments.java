package io.arrears.document;

import io.arrears.dunning.NoticeKind;
import io.arrears.festival.Festival;
import io.arrears.festival.FestivalCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Documents of every kind for the estate of the shared "basic" test vectors (锦绣花园). */
final class SampleDocuments {

	static final EstateInfo ESTATE = new EstateInfo("E01", "锦绣花园", "安居物业服务有限公司", "0571-88880166", "李经理", "杭州市西湖区锦绣花园");
	static final HouseholdRef H2 = new HouseholdRef("H2", "1", "1", "0102");
	static final HouseholdRef H3 = new HouseholdRef("H3", "1", "1", "0201");
	static final HouseholdRef H5 = new HouseholdRef("H5", "1", "1", "0202");
	static final LawFirm LAW_FIRM = new LawFirm("浙江明正律师事务所", "陈立新", "0571-87650000", "杭州市西湖区文三路100号");

	private SampleDocuments() {
	}

	static BigDecimal yuan(String amount) {
		return new BigDecimal(amount);
	}

	/**
	 * H2 of the basic vectors: 300.00 a month unpaid since 2026-01-05; late fee from the
	 * 6th notice.
	 */
	static HouseholdNotice reminder(int number) {
		LocalDate asOf = LocalDate.of(2026, 1, 5)
			.plusDays(new int[] { 15, 18, 22, 25, 29, 32, 36, 39, 43, 46 }[number - 1]);
		List<ChargeLine> lines = new ArrayList<>();
		lines.add(new ChargeLine("物业费", YearMonth.of(2026, 1), LocalDate.of(2026, 1, 5), yuan("300.00"),
				number >= 6 ? yuan("3.15") : BigDecimal.ZERO));
		if (!asOf.isBefore(LocalDate.of(2026, 2, 6))) {
			lines.add(new ChargeLine("物业费", YearMonth.of(2026, 2), LocalDate.of(2026, 2, 5), yuan("300.00"),
					number >= 6 ? yuan("0.36") : BigDecimal.ZERO));
		}
		if (number >= 8) {
			lines.add(new ChargeLine("停车费", YearMonth.of(2026, 2), LocalDate.of(2026, 2, 5), yuan("150.50"),
					yuan("0.18")));
		}
		return HouseholdNotice.of(ESTATE, H2, "王二", "锦绣花园1幢1单元0102室", NoticeKind.REMINDER, number, asOf,
				LocalDate.of(2026, 1, 5), lines, asOf.plusDays(7), null);
	}

	static HouseholdNotice lawyerLetter() {
		List<ChargeLine> lines = List.of(
				new ChargeLine("物业费", YearMonth.of(2026, 1), LocalDate.of(2026, 1, 5), yuan("300.00"), yuan("5.40")),
				new ChargeLine("物业费", YearMonth.of(2026, 2), LocalDate.of(2026, 2, 5), yuan("300.00"), yuan("2.61")),
				new ChargeLine("物业费", YearMonth.of(2026, 3), LocalDate.of(2026, 3, 5), yuan("300.00"), yuan("0.00")));
		return HouseholdNotice.of(ESTATE, H2, "王二", "锦绣花园1幢1单元0102室", NoticeKind.LAWYER_LETTER, 0,
				LocalDate.of(2026, 3, 6), LocalDate.of(2026, 1, 5), lines, LocalDate.of(2026, 3, 21), LAW_FIRM);
	}

	static FestivalCard springCard(boolean inArrears) {
		FestivalCalendar calendar = new FestivalCalendar(7, 1);
		LocalDate festival = calendar.springFestival(2026);
		return new FestivalCard(ESTATE, inArrears ? H2 : H5, inArrears ? "王二" : "欧阳五",
				inArrears ? "锦绣花园1幢1单元0102室" : "锦绣花园1幢1单元0202室", Festival.SPRING_FESTIVAL, festival,
				calendar.mailingDate(Festival.SPRING_FESTIVAL, 2026), inArrears ? yuan("600.00") : BigDecimal.ZERO);
	}

	static FestivalCard lanternCard(boolean inArrears) {
		FestivalCalendar calendar = new FestivalCalendar(7, 1);
		return new FestivalCard(ESTATE, inArrears ? H2 : H5, inArrears ? "王二" : "欧阳五",
				inArrears ? "锦绣花园1幢1单元0102室" : "锦绣花园1幢1单元0202室", Festival.LANTERN, calendar.lanternFestival(2026),
				calendar.mailingDate(Festival.LANTERN, 2026), inArrears ? yuan("603.51") : BigDecimal.ZERO);
	}

	static EstateList bulletin(PublicName display) {
		List<ListedHousehold> rows = List.of(
				ListedHousehold.of(H2, "王二", display, yuan("600.00"), LocalDate.of(2026, 1, 5), 35),
				ListedHousehold.of(H3, "张三丰", display, yuan("300.00"), LocalDate.of(2026, 2, 5), 4 + 1),
				ListedHousehold.of(new HouseholdRef("H9", "2", "1", "0301"), "欧阳娜娜", display, yuan("1205.05"),
						LocalDate.of(2025, 12, 5), 66));
		return new EstateList(ESTATE, EstateListKind.BULLETIN, LocalDate.of(2026, 2, 9), 60, 57, rows,
				LocalDate.of(2026, 2, 19));
	}

	static EstateList openLetter(PublicName display) {
		List<ListedHousehold> rows = List.of(
				ListedHousehold.of(H2, "王二", display, yuan("1219.62"), LocalDate.of(2026, 1, 5), 55),
				ListedHousehold.of(new HouseholdRef("H9", "2", "1", "0301"), "欧阳娜娜", display, yuan("1510.35"),
						LocalDate.of(2025, 12, 5), 86));
		return new EstateList(ESTATE, EstateListKind.OPEN_LETTER, LocalDate.of(2026, 3, 1), 60, 52, rows,
				LocalDate.of(2026, 3, 15));
	}

	/**
	 * H6-like: owes from January, paid 300 on the 3rd of February; case file as of
	 * 2026-04-30.
	 */
	static CaseFile caseFile() {
		BigDecimal rate = new BigDecimal("0.0003");
		List<CaseFile.StatementEntry> statement = List.of(
				new CaseFile.StatementEntry(LocalDate.of(2026, 1, 5), "C-H2-01", "CHARGE", "物业费", YearMonth.of(2026, 1),
						yuan("300.00"), yuan("300.00")),
				new CaseFile.StatementEntry(LocalDate.of(2026, 2, 3), "PAY-H2-0203", "PAYMENT", "", null,
						yuan("100.00"), yuan("200.00")),
				new CaseFile.StatementEntry(LocalDate.of(2026, 2, 5), "C-H2-02", "CHARGE", "物业费", YearMonth.of(2026, 2),
						yuan("300.00"), yuan("500.00")),
				new CaseFile.StatementEntry(LocalDate.of(2026, 2, 28), "LF:C-H2-01:2026-02-28", "LATE_FEE", "物业费",
						YearMonth.of(2026, 1), yuan("3.99"), yuan("503.99")),
				new CaseFile.StatementEntry(LocalDate.of(2026, 3, 5), "C-H2-03", "CHARGE", "物业费", YearMonth.of(2026, 3),
						yuan("300.00"), yuan("803.99")),
				new CaseFile.StatementEntry(LocalDate.of(2026, 3, 10), "WV-H2-0310", "LATE_FEE_WAIVER", "", null,
						yuan("1.00"), yuan("802.99")));
		List<CaseFile.PaymentAllocation> allocations = List.of(new CaseFile.PaymentAllocation("PAY-H2-0203",
				LocalDate.of(2026, 2, 3), "C-H2-01", "物业费 2026年1月 本金", yuan("100.00")));
		List<CaseFile.LateFeeComputation> lateFees = List
			.of(new CaseFile.LateFeeComputation("C-H2-01", "物业费", YearMonth.of(2026, 1), LocalDate.of(2026, 1, 5),
					List.of(new CaseFile.LateFeeSpan(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 2, 2), 28,
							yuan("300.00"), rate, new BigDecimal("2.5200")),
							new CaseFile.LateFeeSpan(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 28), 26,
									yuan("200.00"), rate, new BigDecimal("1.5600"))),
					yuan("300.00"), new BigDecimal("4.0800"), yuan("4.08"), yuan("3.99")));
		List<CaseFile.IssuedNotice> notices = new ArrayList<>();
		for (int n = 1; n <= 10; n++) {
			HouseholdNotice r = reminder(n);
			notices.add(new CaseFile.IssuedNotice(NoticeKind.REMINDER, n, r.asOf(), r.episodeDueDate(), r.total(),
					DocumentRenderer.fingerprint(r)));
		}
		HouseholdNotice letter = lawyerLetter();
		notices.add(new CaseFile.IssuedNotice(NoticeKind.LAWYER_LETTER, 0, letter.asOf(), letter.episodeDueDate(),
				letter.total(), DocumentRenderer.fingerprint(letter)));
		return new CaseFile(ESTATE, H2, "王二", "锦绣花园1幢1单元0102室", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 1, 5),
				statement, allocations, lateFees, notices, yuan("800.00"), yuan("2.99"), yuan("802.99"), limitation());
	}

	/**
	 * The sample case file's limitation section (SPEC §10): the payment restarted the
	 * first charge, the lawyer's letter reached the owner by EMS.
	 */
	static CaseFile.Limitation limitation() {
		LocalDate received = LocalDate.of(2026, 3, 9);
		return new CaseFile.Limitation(3,
				List.of(new CaseFile.ChargeLimitation("C-H2-01", LocalDate.of(2026, 1, 5), yuan("200.00"), "RECEIPT",
						received, LocalDate.of(2029, 3, 8), 1043),
						new CaseFile.ChargeLimitation("C-H2-02", LocalDate.of(2026, 2, 5), yuan("300.00"), "RECEIPT",
								received, LocalDate.of(2029, 3, 8), 1043),
						new CaseFile.ChargeLimitation("C-H2-03", LocalDate.of(2026, 3, 5), yuan("300.00"), "RECEIPT",
								received, LocalDate.of(2029, 3, 8), 1043)),
				List.of(new CaseFile.Restart(LocalDate.of(2026, 2, 3),
						new CaseFile.PaymentEvidence("PAY-H2-0203", yuan("100.00")), List.of("C-H2-01")),
						new CaseFile.Restart(
								received, new CaseFile.ReceiptEvidence(NoticeKind.LAWYER_LETTER, 0,
										LocalDate.of(2026, 1, 5), "EMS", "EA123456789CN"),
								List.of("C-H2-01", "C-H2-02", "C-H2-03"))));
	}

}
