package io.arrears.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.arrears.collection.Channel;
import io.arrears.collection.CollectionFacts;
import io.arrears.collection.Contact;
import io.arrears.collection.Hold;
import io.arrears.collection.HoldReason;
import io.arrears.collection.Outcome;
import io.arrears.collection.RecordedEvidence;
import io.arrears.document.CaseFile;
import io.arrears.document.EstateInfo;
import io.arrears.document.HouseholdRef;
import io.arrears.dunning.NoticeKind;
import io.arrears.latefee.LateFeePolicy;
import io.arrears.latefee.Posting;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;
import io.arrears.limitation.LimitationSettings;
import io.arrears.limitation.NoticeKey;
import io.arrears.limitation.Receipt;
import io.arrears.limitation.ReceiptMethod;

/**
 * The case file's limitation section (SPEC §10) as {@link CaseFiles} builds it from the
 * ledger and what people recorded: the period of each charge as {@code export limitation}
 * computes it, and each interruption once, with its evidence and the charges it
 * restarted. Plain Java: no database.
 */
class CaseFilesLimitationTest {

	private static final CaseFiles CASE_FILES = new CaseFiles(
			new LateFeePolicy(new BigDecimal("0.0003"), new BigDecimal("1.00"), Posting.MONTH_END),
			LimitationSettings.defaults());

	private static final LocalDate AS_OF = LocalDate.parse("2026-04-30");

	private static LedgerEntry entry(String ref, EntryType type, String amount, String on) {
		LocalDate day = LocalDate.parse(on);
		boolean charge = type == EntryType.CHARGE;
		return new LedgerEntry(ref, "H7", type, charge ? "物业费" : null, charge ? YearMonth.from(day) : null,
				new BigDecimal(amount), day, day.atTime(9, 0), null);
	}

	private static CaseFile.Limitation limitation(List<LedgerEntry> entries, RecordedEvidence evidence) {
		CaseFileInput input = new CaseFileInput(1, new EstateInfo("E01", "锦绣花园", "安居物业", "0571-1", "李经理", "杭州"),
				new HouseholdRef("H7", "1", "1", "0101"), "王七", "锦绣花园", AS_OF, LocalDate.parse("2026-01-05"),
				new BigDecimal("0.00"), new BigDecimal("0.00"), entries);
		return CASE_FILES.build(input, List.of(), evidence).limitation();
	}

	@Test
	void eachInterruptionIsStatedOnceWithItsEvidenceAndTheChargesItRestarted() {
		List<LedgerEntry> ledger = List.of(entry("C1", EntryType.CHARGE, "300.00", "2026-01-05"),
				entry("P1", EntryType.PAYMENT, "100.00", "2026-01-10"),
				entry("C2", EntryType.CHARGE, "300.00", "2026-02-05"),
				entry("C3", EntryType.CHARGE, "300.00", "2026-04-05"));
		NoticeKey sixth = new NoticeKey("H7", NoticeKind.REMINDER, 6, LocalDate.parse("2026-01-05"));
		RecordedEvidence evidence = new RecordedEvidence(
				new CollectionFacts("H7", List.of(
						new Contact("K1", "H7", "C01", LocalDate.parse("2026-02-10"), Channel.PHONE, Outcome.PROMISED,
								LocalDate.parse("2026-02-20"), new BigDecimal("300.00"), "发工资后缴",
								LocalDateTime.parse("2026-02-10T16:00:00")),
						// not an acknowledgment: no restart
						new Contact("K2", "H7", "C01", LocalDate.parse("2026-03-01"), Channel.VISIT, Outcome.NO_ANSWER,
								null, null, null, LocalDateTime.parse("2026-03-01T16:00:00"))),
						List.of(new Hold("HD1", "H7", HoldReason.DISPUTE, LocalDate.parse("2026-03-10"),
								LocalDate.parse("2026-03-20"), "李经理", null, LocalDateTime.parse("2026-03-10T09:00:00")),
								new Hold("HD2", "H7", HoldReason.LITIGATION, LocalDate.parse("2026-04-20"),
										LocalDate.parse("2026-07-18"), "李经理", "已起诉",
										LocalDateTime.parse("2026-04-20T09:00:00")))),
				List.of(new Receipt(sixth, LocalDate.parse("2026-02-25"), ReceiptMethod.EMS, "EA1",
						LocalDateTime.parse("2026-02-26T09:00:00")),
						// the earliest receipt of the notice counts, whenever imported
						new Receipt(sixth, LocalDate.parse("2026-02-20"), ReceiptMethod.SIGNED, null,
								LocalDateTime.parse("2026-03-01T09:00:00"))),
				Map.of("C01", "陈主管"));

		CaseFile.Limitation limitation = limitation(ledger, evidence);

		assertThat(limitation.years()).isEqualTo(3);
		assertThat(limitation.charges())
			.extracting(CaseFile.ChargeLimitation::chargeReference, c -> c.outstanding().toPlainString(),
					CaseFile.ChargeLimitation::lastStartKind, c -> c.ends().toString(),
					CaseFile.ChargeLimitation::daysLeft)
			.containsExactly(tuple("C1", "200.00", "LITIGATION", "2029-04-19", 1085L),
					tuple("C2", "300.00", "LITIGATION", "2029-04-19", 1085L),
					tuple("C3", "300.00", "LITIGATION", "2029-04-19", 1085L));
		assertThat(limitation.restarts()).containsExactly(
				new CaseFile.Restart(LocalDate.parse("2026-01-10"),
						new CaseFile.PaymentEvidence("P1", new BigDecimal("100.00")), List.of("C1")),
				new CaseFile.Restart(LocalDate.parse("2026-02-10"),
						new CaseFile.PromiseEvidence("K1", "PHONE", "C01", "陈主管", LocalDate.parse("2026-02-20"),
								new BigDecimal("300.00")),
						List.of("C1", "C2")),
				new CaseFile.Restart(LocalDate.parse("2026-02-20"),
						new CaseFile.ReceiptEvidence(NoticeKind.REMINDER, 6, LocalDate.parse("2026-01-05"), "SIGNED",
								""),
						List.of("C1", "C2")),
				new CaseFile.Restart(LocalDate.parse("2026-04-20"),
						new CaseFile.ClaimEvidence("HD2", LocalDate.parse("2026-07-18"), "李经理"),
						List.of("C1", "C2", "C3")));
	}

	@Test
	void aChargeNobodyInterruptedForThreeYearsHasEndedAndNothingIsStated() {
		CaseFile.Limitation limitation = limitation(List.of(entry("C0", EntryType.CHARGE, "300.00", "2023-03-05")),
				RecordedEvidence.none("H7"));
		assertThat(limitation.charges()).singleElement().satisfies(c -> {
			assertThat(c.lastStartKind()).isEqualTo("DUE");
			assertThat(c.ends()).isEqualTo("2026-03-04");
			assertThat(c.daysLeft()).isEqualTo(-57);
		});
		assertThat(limitation.restarts()).isEmpty();
	}

}
