package io.arrears.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.arrears.ledger.LedgerFileRules.Decision;
import io.arrears.ledger.LedgerFileRules.Reversal;
import io.arrears.ledger.LedgerFileRules.Staged;
import io.arrears.ledger.LedgerFileRules.Target;
import io.arrears.ledger.LedgerFileRules.Verdict;

/**
 * A ledger file as a set: the rules that need more than one row, on rows as the import
 * stages them. The order of rows never matters; the job tests show it on the database.
 */
class LedgerFileRulesTest {

	private static final LocalDateTime IMPORTED_AT = LocalDateTime.parse("2026-03-01T08:00:00");

	static final String CHARGE = "C-H1-01,H1,CHARGE,物业费,2026-01,300.00,2026-01-05,2026-01-01T09:00:00,";

	@Test
	void rowsThatSayTheSameAreOneEntryTheOthersUnchanged() {
		List<Decision> decisions = LedgerFileRules.byReference(
				List.of(staged(2, "C-H1-01,H1,CHARGE,物业费,2026-01,300.00,2026-01-05,,"), staged(5, CHARGE)), null, true);

		// the row that gives recorded_at stands for both
		assertThat(decisions).extracting(Decision::line, Decision::verdict)
			.containsExactly(tuple(2, Verdict.UNCHANGED), tuple(5, Verdict.IMPORTED));
		assertThat(decisions.get(1).entry().recordedAt()).isEqualTo(LocalDateTime.parse("2026-01-01T09:00:00"));
	}

	@Test
	void rowsThatDisagreeAreAllRejected() {
		List<Decision> decisions = LedgerFileRules
			.byReference(List.of(staged(2, CHARGE), staged(7, CHARGE.replace("300.00", "320.00"))), null, true);

		assertThat(decisions).extracting(Decision::reason)
			.containsExactly(
					"duplicate reference 'C-H1-01' with other content on line 7: amount '320.00' there, '300.00' here",
					"duplicate reference 'C-H1-01' with other content on line 2: amount '300.00' there, '320.00' here");
		assertThat(decisions).extracting(Decision::verdict).containsOnly(Verdict.REJECTED);
	}

	@Test
	void eachRowIsComparedWithWhatTheLedgerHolds() {
		LedgerEntry stored = staged(2, CHARGE).entry();

		List<Decision> decisions = LedgerFileRules.byReference(
				List.of(staged(3, CHARGE), staged(4, CHARGE.replace("2026-01-05,", "2026-01-06,"))), stored, true);

		assertThat(decisions).extracting(Decision::verdict).containsExactly(Verdict.UNCHANGED, Verdict.REJECTED);
		assertThat(decisions.get(1).reason()).isEqualTo("reference 'C-H1-01' already in the ledger with other content:"
				+ " effective_date '2026-01-05' there, '2026-01-06' here");
	}

	@Test
	void aReversalWaitsForTheEntriesOfTheFile() {
		String reversal = "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-01";

		assertThat(LedgerFileRules.byReference(List.of(staged(2, reversal), staged(9, reversal)), null, true))
			.extracting(Decision::verdict)
			.containsExactly(Verdict.PENDING_REVERSAL, Verdict.TWIN);
	}

	@Test
	void aReversalOfAnEntryOfTheFileIsImportedAndItsTwinUnchanged() {
		String reversal = "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-01";
		Target target = new Target("C-H1-01", staged(8, CHARGE).entry(), null, null, null);

		List<Decision> decisions = LedgerFileRules.byTarget(target,
				List.of(new Reversal(staged(2, reversal), Verdict.PENDING_REVERSAL),
						new Reversal(staged(9, reversal), Verdict.TWIN)));

		assertThat(decisions).extracting(Decision::verdict).containsExactly(Verdict.IMPORTED, Verdict.UNCHANGED);
	}

	@Test
	void twoReversalsOfOneEntryInOneFileAreBothRejected() {
		Target target = new Target("C-H1-01", staged(8, CHARGE).entry(), null, null, null);

		List<Decision> decisions = LedgerFileRules.byTarget(target,
				List.of(pending(2, "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-01"),
						pending(3, "R-H1-02,H1,REVERSAL,,,0.00,2026-01-08,,C-H1-01")));

		assertThat(decisions).extracting(Decision::reason)
			.containsExactly("REVERSAL of 'C-H1-01', which this file also reverses by 'R-H1-02' on line 3",
					"REVERSAL of 'C-H1-01', which this file also reverses by 'R-H1-01' on line 2");
	}

	@Test
	void aReversalIsRejectedForWhatItsTargetIs() {
		String reversal = "R-H2-01,H2,REVERSAL,,,0.00,2026-01-07,,C-H1-01";
		LedgerEntry charge = staged(8, CHARGE).entry();

		assertThat(reason(new Target("C-H1-01", null, null, null, null), reversal))
			.isEqualTo("REVERSAL of unknown reference 'C-H1-01'");
		assertThat(reason(new Target("C-H1-01", null, null, 4, null), reversal))
			.isEqualTo("REVERSAL of 'C-H1-01', which is itself a REVERSAL (line 4)");
		assertThat(reason(new Target("C-H1-01", null, null, null, 6), reversal))
			.isEqualTo("REVERSAL of 'C-H1-01', whose own row on line 6 is rejected");
		assertThat(reason(new Target("C-H1-01", charge, null, null, null), reversal))
			.isEqualTo("REVERSAL for household H2 of 'C-H1-01', which belongs to household H1");
		assertThat(reason(new Target("C-H1-01", charge, "R-H1-00", null, null), reversal.replace("H2", "H1")))
			.isEqualTo("REVERSAL of 'C-H1-01', which is already reversed by 'R-H1-00'");
	}

	private static String reason(Target target, String reversal) {
		return LedgerFileRules.byTarget(target, List.of(pending(2, reversal))).get(0).reason();
	}

	private static Reversal pending(int line, String text) {
		return new Reversal(staged(line, text), Verdict.PENDING_REVERSAL);
	}

	private static Staged staged(int line, String text) {
		ImportRow<LedgerRow> row = LedgerRow.parse(new NumberedLineMapper().mapLine(text, line), IMPORTED_AT);
		assertThat(row.rejection()).isNull();
		return new Staged(line, row.value());
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
