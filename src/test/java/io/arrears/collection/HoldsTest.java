package io.arrears.collection;

import static io.arrears.collection.Facts.d;
import static io.arrears.collection.Facts.hold;
import static io.arrears.collection.Facts.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Holds of SPEC §9: active from the first day through the last, ended by a RELEASE. */
class HoldsTest {

	@Test
	void activeFromItsFirstThroughItsLastDay() {
		Holds holds = Holds.of(List.of(hold("HD1", HoldReason.DISPUTE, "2026-02-10", "2026-04-10")));
		assertThat(holds.activeOn(d("2026-02-09"))).isEmpty();
		assertThat(holds.activeOn(d("2026-02-10"))).hasSize(1);
		assertThat(holds.activeOn(d("2026-04-10"))).hasSize(1);
		assertThat(holds.activeOn(d("2026-04-11"))).isEmpty();
	}

	@Test
	void aReleaseEndsEveryHoldFromItsFirstDayOnButNotOneBegunAfterIt() {
		Holds holds = Holds.of(List.of(hold("HD1", HoldReason.HARDSHIP, "2026-01-20", "2026-03-31"),
				hold("HD2", HoldReason.VACANT, "2026-02-01", "2026-03-01"),
				hold("HD3", HoldReason.RELEASE, "2026-02-15", null),
				hold("HD4", HoldReason.DISPUTE, "2026-02-20", "2026-03-20")));
		assertThat(holds.activeOn(d("2026-02-14"))).extracting(Hold::reference).containsExactly("HD1", "HD2");
		assertThat(holds.activeOn(d("2026-02-15"))).isEmpty();
		assertThat(holds.activeOn(d("2026-02-20"))).extracting(Hold::reference).containsExactly("HD4");
	}

	@Test
	void onTheSameFirstDayAReleaseEndsOnlyAHoldRecordedBeforeIt() {
		Hold release = recorded(hold("R", HoldReason.RELEASE, "2026-02-15", null), "2026-02-15T10:00:00");
		Hold before = recorded(hold("A", HoldReason.HARDSHIP, "2026-02-15", "2026-03-01"), "2026-02-15T09:00:00");
		Hold after = recorded(hold("B", HoldReason.DISPUTE, "2026-02-15", "2026-03-01"), "2026-02-15T11:00:00");
		assertThat(Holds.of(List.of(release, before, after)).activeOn(d("2026-02-16"))).extracting(Hold::reference)
			.containsExactly("B");
	}

}
