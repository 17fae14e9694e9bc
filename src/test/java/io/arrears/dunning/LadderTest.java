package io.arrears.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LadderTest {

	@ParameterizedTest
	@CsvSource({ "1, GRACE", "4, GRACE", "5, BULLETIN", "14, BULLETIN", "15, REMINDER_1", "31, REMINDER_5",
			"32, REMINDER_6", "46, REMINDER_10", "49, REMINDER_10", "50, OPEN_LETTER", "60, LAWYER_LETTER",
			"74, LAWYER_LETTER", "75, LEGAL", "400, LEGAL" })
	void theStageIsTheLastRowStartedByTheDaysOverdue(int days, Stage stage) {
		assertThat(Ladder.standard().stageFor(days)).isEqualTo(stage);
	}

	@Test
	void aLadderOutOfOrderFailsNamingTheRow() {
		List<Ladder.Rung> rungs = new ArrayList<>(Ladder.standard().rungs());
		rungs.set(3, new Ladder.Rung(Stage.REMINDER_2, 14));

		assertThatThrownBy(() -> new Ladder(rungs)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("arrears.ladder[3] (REMINDER_2) starts on day 14")
			.hasMessageContaining("after day 15");
	}

	@Test
	void aLadderWithAGapFailsNamingTheMissingStage() {
		List<Ladder.Rung> rungs = new ArrayList<>(Ladder.standard().rungs());
		rungs.remove(2);
		rungs.add(new Ladder.Rung(Stage.LEGAL, 90));

		assertThatThrownBy(() -> new Ladder(rungs)).hasMessageContaining("arrears.ladder[2] is REMINDER_2")
			.hasMessageContaining("must be REMINDER_1");
	}

	@Test
	void reminderNumbersRunFromOneToTen() {
		assertThat(Stage.REMINDER_1.reminderNumber()).isEqualTo(1);
		assertThat(Stage.REMINDER_10.reminderNumber()).isEqualTo(10);
		assertThat(Stage.BULLETIN.reminderNumber()).isZero();
		assertThat(Stage.OPEN_LETTER.reminderNumber()).isZero();
	}

}
