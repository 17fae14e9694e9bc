package io.arrears.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reason a row is rejected for on its own, one row each: the line as it stands in
 * the file, and the reason the rejects file gives. Plain parsing, no database; what needs
 * the ledger (a known household, a reversal's target, a reference already held) is in
 * {@link LedgerFileRulesTest} and the job tests.
 */
class ImportRowParsingTest {

	private static final LocalDateTime IMPORTED_AT = LocalDateTime.parse("2026-03-01T08:00:00");

	static Stream<Arguments> ledgerRows() {
		return Stream.of(Arguments.of("P-H1-02,,PAYMENT,,,10.00,2026-01-06,,", "missing field household_code"),
				Arguments.of("P-H1-02,H1,PAYMENT,\"现金,,10.00,2026-01-06,,",
						"malformed field fee_item (column 4): stray or unbalanced quote"),
				Arguments.of("C-H1-02,H1,CHARGE,物业费,2026-13,300.00,2026-02-05,,",
						"malformed field period: '2026-13', expected YYYY-MM"),
				Arguments.of("P-H1-02,H1,PAYMENT,,10.00,2026-01-06,,", "wrong column count: expected 9, found 8"),
				Arguments.of("P-H1-02,H1,PAYMENT,,,1O.00,2026-01-06,,",
						"bad number in amount: '1O.00', expected digits with a decimal point"),
				Arguments.of("P-H1-02,H1,PAYMENT,,,10.00,2026/01/06,,",
						"bad date in effective_date: '2026/01/06', expected YYYY-MM-DD"),
				Arguments.of("P-H1-02,H1,PAYMENT,,,10.00,2026-01-06,2026-01-06 10:00,",
						"bad date in recorded_at: '2026-01-06 10:00', expected YYYY-MM-DDTHH:MM:SS"),
				Arguments.of("P-H1-02,H1,PAYMENT,,,-10.00,2026-01-06,,", "negative or zero amount: -10.00"),
				Arguments.of("P-H1-02,H1,PAYMENT,,,0.00,2026-01-06,,", "negative or zero amount: 0.00"),
				Arguments.of("P-H1-02,H1,PAYMENT,,,10.005,2026-01-06,,", "more than 2 decimals in amount: '10.005'"),
				Arguments.of("P-H1-02,H1,PAYMENT,,,1234567890123.00,2026-01-06,,",
						"bad number in amount: '1234567890123.00' has more than 12 digits before the point"),
				Arguments.of("P H1,H1,PAYMENT,,,10.00,2026-01-06,,",
						"malformed field reference: 'P H1' contains a blank"),
				Arguments.of("X-H1-01,H1,REFUND,,,10.00,2026-01-06,,",
						"unknown entry_type 'REFUND', expected one of CHARGE, PAYMENT, LATE_FEE_WAIVER, REVERSAL"),
				Arguments.of("F-H1-01,H1,LATE_FEE,,,4.50,2026-02-28,,",
						"LATE_FEE is posted by the pipeline only, never imported"),
				Arguments.of("LF:C-H1-01:2026-02-28,H1,PAYMENT,,,4.50,2026-02-28,,",
						"reference 'LF:C-H1-01:2026-02-28' begins with LF:, which only the pipeline's own entries use:"
								+ " give the row the bank's or cashier's reference"),
				Arguments.of("RV:C-H1-01:R7,H1,REVERSAL,,,0.00,2026-02-28,,C-H1-01",
						"reference 'RV:C-H1-01:R7' begins with RV:, which only the pipeline's own entries use:"
								+ " give the row the bank's or cashier's reference"),
				Arguments.of("C-H1-02,H1,CHARGE,物业费,,300.00,2026-02-05,,", "CHARGE without period: expected YYYY-MM"),
				Arguments.of("R-H1-01,H1,REVERSAL,,,300.00,2026-01-07,,C-H1-01",
						"a REVERSAL carries amount 0.00, found 300.00"),
				Arguments.of("R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,",
						"missing field reverses: a REVERSAL names the reference it cancels"),
				Arguments.of("P-H1-02,H1,PAYMENT,,,10.00,2026-01-06,,C-H1-01",
						"reverses given on a PAYMENT: only a REVERSAL cancels another entry"),
				Arguments.of("P-H1-02,H1,PAYMENT,\u0007,,10.00,2026-01-06,,",
						"malformed field fee_item: contains a control character"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("ledgerRows")
	void rejectsALedgerRow(String line, String reason) {
		ImportRow<LedgerRow> row = LedgerRow.parse(new NumberedLineMapper().mapLine(line, 3), IMPORTED_AT);

		assertThat(row.rejection()).isEqualTo(reason);
		assertThat(row.toRejection()).isEqualTo(new Rejection(3, reason, line));
	}

	static Stream<Arguments> householdRows() {
		return Stream.of(Arguments.of("H3,E01,,1,0103,100.00,,,,", "missing field building"),
				Arguments.of("H3,E01,1,1,0103,-1.00,,,,", "negative or zero area_sqm: -1.00"),
				Arguments.of("H3,E01,1,1,0103,100.00,,,,Dispute",
						"unknown tag 'Dispute' in tags: the known tags are dispute, key-owner, unreachable"
								+ " (lower case, separated by ;)"),
				Arguments.of("H3,E01,1,1,0103,100.00,,,,dispute;vip",
						"unknown tag 'vip' in tags: the known tags are dispute, key-owner, unreachable"
								+ " (lower case, separated by ;)"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("householdRows")
	void rejectsAHouseholdRow(String line, String reason) {
		assertThat(HouseholdRow.parse(new NumberedLineMapper().mapLine(line, 3)).rejection()).isEqualTo(reason);
	}

	@Test
	void acceptsTheKnownTagsInAnyCombination() {
		ImportRow<HouseholdRow> row = HouseholdRow
			.parse(new NumberedLineMapper().mapLine("H3,E01,1,1,0103,100.00,,,,dispute; key-owner;unreachable", 2));

		assertThat(row.rejection()).isNull();
		assertThat(row.value().tags()).isEqualTo("dispute; key-owner;unreachable");
	}

	@Test
	void anEmptyRecordedAtIsTheImportsTime() {
		ImportRow<LedgerRow> row = LedgerRow.parse(
				new NumberedLineMapper().mapLine("C-H1-01,H1,CHARGE,物业费,2026-01,300.00,2026-01-05,,", 2), IMPORTED_AT);

		assertThat(row.value().entry().recordedAt()).isEqualTo(IMPORTED_AT);
		assertThat(row.value().recordedAtGiven()).isFalse();
	}

	@Test
	void aLineOverTheLimitIsKeptCutAndTheReasonSaysSo() {
		String line = "P-H1-02,H1,PAYMENT," + "x".repeat(70_000) + ",,10.00,2026-01-06,,";

		Rejection rejection = LedgerRow.parse(new NumberedLineMapper().mapLine(line, 5), IMPORTED_AT).toRejection();

		assertThat(rejection.text()).hasSize(Rejection.TEXT_MAX).isEqualTo(line.substring(0, Rejection.TEXT_MAX));
		assertThat(rejection.reason()).isEqualTo("malformed field fee_item: longer than 64 characters (the line has "
				+ line.length() + " characters; only its first 4000 are kept here)");
	}

}
