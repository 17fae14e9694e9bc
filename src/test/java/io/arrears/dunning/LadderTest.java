package io.arrears.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.arrears.dunning.Ladder.Notice;
import io.arrears.dunning.Ladder.Rung;

/** The shipped ladder of {@code jobs/rules.yml} and what a ladder must be to start. */
class LadderTest {

	private static final Ladder SHIPPED = ShippedRules.ladder();

	@ParameterizedTest
	@CsvSource({ "1, GRACE", "4, GRACE", "5, BULLETIN", "14, BULLETIN", "15, REMINDER_1", "31, REMINDER_5",
			"32, REMINDER_6", "46, REMINDER_10", "49, REMINDER_10", "50, OPEN_LETTER", "60, LAWYER_LETTER",
			"74, LAWYER_LETTER", "75, LEGAL", "400, LEGAL" })
	void theStageIsTheLastRowStartedByTheDaysOverdue(int days, Stage stage) {
		assertThat(SHIPPED.stageFor(days)).isEqualTo(stage);
	}

	/** SPEC §3 and §4, row by row: notice, team, late fees, bulletin, open letter. */
	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "GRACE, -, 0, -, false, false, false",
			"BULLETIN, -, 0, SUPERVISOR, false, true, false", "REMINDER_1, REMINDER, 1, SUPERVISOR, false, true, false",
			"REMINDER_5, REMINDER, 5, SUPERVISOR, false, true, false",
			"REMINDER_6, REMINDER, 6, SUPERVISOR, true, true, false",
			"REMINDER_10, REMINDER, 10, SUPERVISOR, true, true, false", "OPEN_LETTER, -, 0, MANAGER, true, true, true",
			"LAWYER_LETTER, LAWYER_LETTER, 0, MANAGER, true, true, true",
			"LEGAL, CASE_FILE, 0, MANAGER, true, true, true" })
	void eachShippedRungCarriesItsConsequences(Stage stage, NoticeKind kind, int number, Team team, boolean lateFees,
			boolean bulletin, boolean openLetter) {
		Rung rung = SHIPPED.rung(stage);

		assertThat(rung.stage()).isEqualTo(stage);
		assertThat(rung.notice()).isEqualTo(kind == null ? null : new Notice(kind, number));
		assertThat(rung.team()).isEqualTo(team);
		assertThat(rung.lateFees()).isEqualTo(lateFees);
		assertThat(rung.bulletin()).isEqualTo(bulletin);
		assertThat(rung.openLetter()).isEqualTo(openLetter);
	}

	@Test
	void beforeTheFirstRungAHouseholdGetsNothing() {
		Rung current = SHIPPED.rung(Stage.CURRENT);

		assertThat(SHIPPED.rungFor(0)).isEqualTo(current);
		assertThat(current.notice()).isNull();
		assertThat(current.team()).isNull();
		assertThat(current.lateFees() || current.bulletin() || current.openLetter()).isFalse();
	}

	@Test
	void lateFeesPostFromTheConfiguredStage() {
		ArrearsProperties shipped = ShippedRules.properties();
		ArrearsProperties.LateFee fee = shipped.lateFee();
		ArrearsProperties fromThird = new ArrearsProperties(shipped.minArrears(),
				new ArrearsProperties.LateFee(fee.dailyRate(), fee.capRatio(), fee.posting(), Stage.REMINDER_3),
				shipped.ladder(), shipped.dunning(), shipped.outputDir());

		Ladder ladder = fromThird.toRules().ladder();

		assertThat(ladder.rung(Stage.REMINDER_2).lateFees()).isFalse();
		assertThat(ladder.rung(Stage.REMINDER_3).lateFees()).isTrue();
	}

	@Test
	void aLadderOutOfOrderFailsNamingTheRow() {
		assertThatThrownBy(() -> changed(3, r -> rung(r, 14, r.notice(), r.bulletin(), r.openLetter())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("arrears.ladder[3] (REMINDER_2) starts on day 14")
			.hasMessageContaining("after day 15");
	}

	@Test
	void aLadderWithAGapFailsNamingTheMissingStage() {
		List<Rung> rungs = new ArrayList<>(SHIPPED.rungs());
		rungs.remove(2);
		rungs.add(rung(SHIPPED.rung(Stage.LEGAL), 90, null, true, true));

		assertThatThrownBy(() -> new Ladder(rungs)).hasMessageContaining("arrears.ladder[2] is REMINDER_2")
			.hasMessageContaining("must be REMINDER_1");
	}

	@Test
	void aReminderOutOfRangeOrOrderFailsNamingTheRow() {
		assertThatThrownBy(
				() -> changed(3, r -> rung(r, r.fromDay(), new Notice(NoticeKind.REMINDER, 11), true, false)))
			.hasMessageContaining("arrears.ladder[3] (REMINDER_2) issues reminder 11");
		assertThatThrownBy(() -> changed(3, r -> rung(r, r.fromDay(), new Notice(NoticeKind.REMINDER, 1), true, false)))
			.hasMessageContaining("arrears.ladder[3] (REMINDER_2) issues reminder 1")
			.hasMessageContaining("each after the one before (1)");
	}

	@Test
	void aNoticeTwiceOrACaseFileBeforeLegalFailsNamingTheRow() {
		assertThatThrownBy(
				() -> changed(12, r -> rung(r, r.fromDay(), new Notice(NoticeKind.LAWYER_LETTER, 0), true, true)))
			.hasMessageContaining("arrears.ladder[13] (LAWYER_LETTER) issues LAWYER_LETTER 0 again");
		assertThatThrownBy(
				() -> changed(13, r -> rung(r, r.fromDay(), new Notice(NoticeKind.CASE_FILE, 0), true, true)))
			.hasMessageContaining("arrears.ladder[13] (LAWYER_LETTER) issues the case file, which belongs to LEGAL");
	}

	@Test
	void aPublicListThatStopsHigherUpFailsNamingTheRow() {
		assertThatThrownBy(() -> changed(14, r -> rung(r, r.fromDay(), r.notice(), true, false)))
			.hasMessageContaining("arrears.ladder[14] (LEGAL) has no open-letter though the row before has");
	}

	private static Ladder changed(int row, UnaryOperator<Rung> change) {
		List<Rung> rungs = new ArrayList<>(SHIPPED.rungs());
		rungs.set(row, change.apply(rungs.get(row)));
		return new Ladder(rungs);
	}

	private static Rung rung(Rung like, int fromDay, Notice notice, boolean bulletin, boolean openLetter) {
		return new Rung(like.stage(), fromDay, notice, like.team(), like.lateFees(), bulletin, openLetter);
	}

}
