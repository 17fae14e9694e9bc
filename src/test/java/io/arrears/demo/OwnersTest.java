package io.arrears.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.arrears.demo.DemoEstate.Owner;
import io.arrears.demo.DemoEstate.Payer;
import io.arrears.demo.Owners.Answer;
import io.arrears.dunning.Stage;

/** The demo's response model (SPEC §9, the seed parts 2 and 3): plain Java, seeded. */
class OwnersTest {

	private static List<Owner> owners(int n, Payer payer) {
		return IntStream.range(0, n)
			.mapToObj(i -> new Owner(String.format("DEMO-%02d-1-%04d", i / 1000, i % 1000), "1", payer, false, false))
			.toList();
	}

	private static List<String> answers(Owners model, List<Owner> owners) {
		List<String> answers = new ArrayList<>();
		for (int round = 0; round < 8; round++) {
			for (Owner o : owners) {
				answers.add(o.code() + " " + round + " " + model.pays(o, false, Stage.REMINDER_3, round, 4) + " "
						+ model.answer(o, false, false, round) + " " + model.keeps(o, false, round) + " "
						+ model.day(o, round, 4) + " " + model.paysAfterLawyerLetter(o, round));
			}
		}
		return answers;
	}

	@Test
	void theSameSeedGivesTheSameAnswersInWhateverOrderTheOwnersAreAsked() {
		List<Owner> owners = owners(200, Payer.LATE);
		List<String> first = answers(new Owners(20260101L), owners);
		List<Owner> reversed = new ArrayList<>(owners);
		java.util.Collections.reverse(reversed);
		List<String> again = answers(new Owners(20260101L), reversed);
		assertThat(again).containsExactlyInAnyOrderElementsOf(first);
		assertThat(answers(new Owners(20260101L), owners)).isEqualTo(first);
		// another seed tells another story
		assertThat(answers(new Owners(7L), owners)).isNotEqualTo(first);
	}

	@Test
	void morePayAsTheToneFirmsUpToTheOpenLetter() {
		List<Stage> ladder = List.of(Stage.GRACE, Stage.BULLETIN, Stage.REMINDER_1, Stage.REMINDER_6,
				Stage.OPEN_LETTER);
		for (Payer payer : List.of(Payer.LATE, Payer.PARTIAL, Payer.NEVER, Payer.PRIOR_YEAR)) {
			for (int i = 1; i < ladder.size(); i++) {
				assertThat(Owners.weeklyChance(payer, false, ladder.get(i)))
					.as(payer + " at " + ladder.get(i) + " against " + ladder.get(i - 1))
					.isGreaterThan(Owners.weeklyChance(payer, false, ladder.get(i - 1)));
			}
		}
		assertThat(Owners.weeklyChance(Payer.NEVER, false, Stage.REMINDER_6))
			.isLessThan(Owners.weeklyChance(Payer.LATE, false, Stage.REMINDER_6));
		// a never payer who has paid once answers as a late payer
		assertThat(Owners.weeklyChance(Payer.NEVER, true, Stage.REMINDER_6))
			.isEqualTo(Owners.weeklyChance(Payer.LATE, false, Stage.REMINDER_6));
		assertThat(Owners.weeklyChance(Payer.LATE, false, Stage.CURRENT)).isZero();
	}

	@Test
	void aboutFifteenPerCentPayAfterTheLawyersLetter() {
		Owners model = new Owners(20260101L);
		List<Owner> owners = owners(10_000, Payer.NEVER);
		long paid = owners.stream().filter(o -> model.paysAfterLawyerLetter(o, 11)).count();
		assertThat(paid).isBetween(1_350L, 1_650L);
	}

	@Test
	void aStubbornOwnerRefusesEveryCallAndADisputeIsDisputedUntilItIsOnHold() {
		Owners model = new Owners(20260101L);
		List<Owner> nevers = owners(300, Payer.NEVER);
		List<Owner> stubborn = nevers.stream().filter(model::stubborn).toList();
		assertThat(stubborn.size()).isBetween(70, 130);
		for (Owner o : stubborn) {
			for (int round = 0; round < 20; round++) {
				assertThat(model.answer(o, false, false, round)).isIn(Answer.NO_ANSWER, Answer.REFUSED);
			}
		}
		Owner dispute = new Owner("DEMO-01-1-0101", "1", Payer.NEVER, true, false);
		Owner unreachable = new Owner("DEMO-01-1-0102", "1", Payer.LATE, false, true);
		for (int round = 0; round < 20; round++) {
			assertThat(model.answer(dispute, false, false, round)).isIn(Answer.NO_ANSWER, Answer.DISPUTED);
			assertThat(model.answer(dispute, false, true, round)).isNotEqualTo(Answer.DISPUTED);
			assertThat(model.answer(unreachable, false, false, round)).isEqualTo(Answer.UNREACHABLE);
		}
	}

	@Test
	void inTheSeasonTheLateAndNeverPayersPaymentsAreLeftToTheSimulation(@TempDir Path dir) throws IOException {
		DemoEstate estate = new DemoEstate(20260101L, YearMonth.of(2025, 7), YearMonth.of(2026, 6),
				YearMonth.of(2026, 1));
		List<Path> files = estate.write(dir, 120);
		assertThat(estate.owners()).hasSize(120);
		List<String> ledger = Files.readAllLines(files.get(2));
		for (Owner o : estate.owners()) {
			List<String> paymentsInSeason = ledger.stream()
				.filter(l -> l.contains("," + o.code() + ",PAYMENT,"))
				.filter(l -> l.split(",")[6].compareTo("2026-01-01") >= 0)
				.toList();
			if (o.payer() == Payer.NEVER) {
				assertThat(paymentsInSeason).as(o.code() + " " + o.payer()).isEmpty();
			}
			if (o.payer() == Payer.LATE) {
				// December's charge, paid 10 to 50 days late, is the last they pay
				// unprompted
				assertThat(paymentsInSeason).as(o.code() + " " + o.payer())
					.allMatch(l -> l.split(",")[6].compareTo("2026-02-04") <= 0);
			}
			if (o.payer() == Payer.PUNCTUAL) {
				assertThat(paymentsInSeason).as(o.code()).hasSize(6);
			}
		}
		assertThat(estate.owners().stream().map(Owner::payer)).contains(Payer.LATE, Payer.NEVER, Payer.PUNCTUAL);
	}

}
