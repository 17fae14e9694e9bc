package io.arrears.document;

import io.arrears.dunning.NoticeKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {

	@Test
	void maskedSurnameKeepsOnlyTheSurname() {
		assertThat(PublicName.MASKED_SURNAME.apply("张三丰")).isEqualTo("张**");
		assertThat(PublicName.MASKED_SURNAME.apply("张三")).isEqualTo("张**");
		assertThat(PublicName.MASKED_SURNAME.apply("欧阳五")).isEqualTo("欧阳**");
		assertThat(PublicName.MASKED_SURNAME.apply("司马相如")).isEqualTo("司马**");
		assertThat(PublicName.MASKED_SURNAME.apply("欧阳")).isEqualTo("欧**");
		assertThat(PublicName.MASKED_SURNAME.apply(" ")).isEmpty();
		assertThat(PublicName.NONE.apply("张三丰")).isEmpty();
	}

	@Test
	void aPublicRowRefusesAnUnmaskedName() {
		assertThatThrownBy(() -> new ListedHousehold(SampleDocuments.H2, "王二", new BigDecimal("1.00"),
				LocalDate.of(2026, 1, 5), 3))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void noticeTotalsMustAgreeWithTheLinesToTheFen() {
		HouseholdNotice n = SampleDocuments.reminder(6);
		assertThatThrownBy(() -> new HouseholdNotice(n.estate(), n.household(), n.ownerName(), n.mailingAddress(),
				n.kind(), n.number(), n.asOf(), n.episodeDueDate(), n.lines(), n.principal(), n.lateFee(),
				n.total().add(new BigDecimal("0.01")), n.deadline(), null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("total");
		assertThatThrownBy(() -> new ChargeLine("物业费", YearMonth.of(2026, 1), LocalDate.of(2026, 1, 5),
				new BigDecimal("300.001"), BigDecimal.ZERO))
			.isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> HouseholdNotice.of(n.estate(), n.household(), "", "", NoticeKind.LAWYER_LETTER, 0,
				n.asOf(), n.episodeDueDate(), n.lines(), n.deadline(), null))
			.isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> HouseholdNotice.of(n.estate(), n.household(), "", "", NoticeKind.REMINDER, 11,
				n.asOf(), n.episodeDueDate(), n.lines(), n.deadline(), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void fingerprintIsCanonicalAndSensitiveToEveryFen() {
		HouseholdNotice a = SampleDocuments.reminder(7);
		HouseholdNotice b = SampleDocuments.reminder(7);
		assertThat(DocumentRenderer.fingerprint(a)).isEqualTo(DocumentRenderer.fingerprint(b))
			// pinned: the canonical form is part of the audit contract
			.isEqualTo(Fingerprint.of(a));
		assertThat(Fingerprint.canonical(a))
			.startsWith("{\"type\":\"HouseholdNotice\",\"estate\":{\"type\":\"EstateInfo\",\"code\":\"E01\"")
			.contains("\"period\":\"2026-01\"", "\"outstanding\":300.00", "\"lawFirm\":null");
		List<ChargeLine> lines = List.of(new ChargeLine("物业费", YearMonth.of(2026, 1), LocalDate.of(2026, 1, 5),
				new BigDecimal("300.00"), new BigDecimal("3.16")));
		HouseholdNotice c = HouseholdNotice.of(a.estate(), a.household(), a.ownerName(), a.mailingAddress(), a.kind(),
				a.number(), a.asOf(), a.episodeDueDate(), lines, a.deadline(), null);
		assertThat(DocumentRenderer.fingerprint(c)).isNotEqualTo(DocumentRenderer.fingerprint(a));
		// scale does not change the amount, nor the fingerprint
		HouseholdNotice d = HouseholdNotice.of(a.estate(), a.household(), a.ownerName(), a.mailingAddress(), a.kind(),
				a.number(), a.asOf(), a.episodeDueDate(), List.of(new ChargeLine("物业费", YearMonth.of(2026, 1),
						LocalDate.of(2026, 1, 5), new BigDecimal("300"), new BigDecimal("3.1"))),
				a.deadline(), null);
		HouseholdNotice e = HouseholdNotice.of(a.estate(), a.household(), a.ownerName(), a.mailingAddress(), a.kind(),
				a.number(), a.asOf(), a.episodeDueDate(), List.of(new ChargeLine("物业费", YearMonth.of(2026, 1),
						LocalDate.of(2026, 1, 5), new BigDecimal("300.00"), new BigDecimal("3.10"))),
				a.deadline(), null);
		assertThat(DocumentRenderer.fingerprint(d)).isEqualTo(DocumentRenderer.fingerprint(e));
	}

	@Test
	void fileNamesAreSanitisedAndStayDistinct() {
		assertThat(FileNames.sanitise("H2")).isEqualTo("H2");
		assertThat(FileNames.sanitise("../../x")).matches("______x-[0-9a-f]{8}");
		assertThat(FileNames.sanitise("A/B")).isNotEqualTo(FileNames.sanitise("A_B"))
			.isNotEqualTo(FileNames.sanitise("A.B"));
		assertThat(DocumentRenderer.fileName(SampleDocuments.reminder(3))).isEqualTo("E01_H2_REMINDER-03_20260105.pdf");
		assertThat(DocumentRenderer.fileName(SampleDocuments.lawyerLetter()))
			.isEqualTo("E01_H2_LAWYER-LETTER_20260105.pdf");
		assertThat(DocumentRenderer.fileName(SampleDocuments.springCard(true)))
			.isEqualTo("E01_H2_SPRING-FESTIVAL_2026.pdf");
		assertThatThrownBy(() -> FileNames.inside(Path.of("out"), "../x.pdf"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
