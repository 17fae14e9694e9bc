package io.arrears.demo;

import io.arrears.collection.Outcome;
import io.arrears.demo.DemoEstate.Owner;
import io.arrears.demo.DemoEstate.Payer;
import io.arrears.dunning.Stage;

/**
 * How the demo's simulated owners answer the ladder and the collectors (the seed, parts 2
 * and 3): more pay as the tone of the notices firms, about 15 % pay after the lawyer's
 * letter, most of those a collector reaches promise and most promises are kept, a dispute
 * stops all payment until it is resolved. Plain Java: every answer is a function of the
 * seed, the household, the round and what the pipeline did, so the same demo always tells
 * the same story, whatever order the households are asked in.
 */
public final class Owners {

	/**
	 * Of the owners who get the lawyer's letter, the share who pay after it (the seed).
	 */
	public static final double AFTER_LAWYER_LETTER = 0.15;

	/** What an owner the collector calls says. */
	public enum Answer {

		NO_ANSWER(Outcome.NO_ANSWER), UNREACHABLE(Outcome.UNREACHABLE), PROMISED(Outcome.PROMISED),
		DISPUTED(Outcome.DISPUTED), REFUSED(Outcome.REFUSED);

		private final Outcome outcome;

		Answer(Outcome outcome) {
			this.outcome = outcome;
		}

		/** The contact's outcome as contacts.csv records it. */
		public Outcome outcome() {
			return outcome;
		}

	}

	// what a dice is for: each question its own, so that asking one never moves another
	private static final int PAYS = 1;

	private static final int DAY = 2;

	private static final int ANSWERS = 3;

	private static final int PROMISES = 4;

	private static final int KEEPS = 5;

	private static final int STUBBORN = 6;

	private static final int RESOLVED = 7;

	private static final int LAWYER = 8;

	private static final int DAY_BEFORE = 9;

	private final long seed;

	public Owners(long seed) {
		this.seed = seed;
	}

	/**
	 * The chance that an owner at this stage, with nothing promised and no hold, pays
	 * what is overdue within the week: it grows with the tone of what the household has
	 * received, and with how the owner pays. A never payer who has paid once (moved by a
	 * collector, the lawyer's letter or a resolved dispute) answers as a late payer.
	 */
	public static double weeklyChance(Payer payer, boolean moved, Stage stage) {
		double tone = switch (stage) {
			case CURRENT -> 0;
			case GRACE -> 0.70;
			case BULLETIN -> 0.75;
			case REMINDER_1, REMINDER_2, REMINDER_3, REMINDER_4, REMINDER_5 -> 0.80;
			// from the sixth the notice states the late fee and asks for a signature
			case REMINDER_6, REMINDER_7, REMINDER_8, REMINDER_9, REMINDER_10 -> 0.85;
			case OPEN_LETTER -> 0.90;
			// those still owing after the open letter are the hard ones: the lawyer's
			// letter moves some of them once (AFTER_LAWYER_LETTER), then little does
			case LAWYER_LETTER -> 0.10;
			case LEGAL -> 0.05;
		};
		return tone * willingness(payer, moved);
	}

	private static double willingness(Payer payer, boolean moved) {
		if (moved) {
			return 1.0;
		}
		return switch (payer) {
			case PUNCTUAL, PREPAID, LATE -> 1.0;
			case PARTIAL -> 0.8;
			case NEVER -> 0.06;
			case PRIOR_YEAR -> 0.05;
		};
	}

	/**
	 * Whether the owner pays within the round's {@code days}, unprompted by a collector:
	 * the weekly chance spread over the round's days.
	 */
	public boolean pays(Owner owner, boolean moved, Stage stage, int round, int days) {
		double chance = 1 - Math.pow(1 - weeklyChance(owner.payer(), moved, stage), days / 7.0);
		return dice(owner, round, PAYS) < chance;
	}

	/** Whether the owner pays in the week after the lawyer's letter. */
	public boolean paysAfterLawyerLetter(Owner owner, int week) {
		return dice(owner, week, LAWYER) < AFTER_LAWYER_LETTER;
	}

	/** The day of the week's {@code days} (0 first) on which a payment is made. */
	public int day(Owner owner, int week, int days) {
		return (int) (dice(owner, week, DAY) * days);
	}

	/**
	 * How many days before the promised date (0 first, of {@code days}) a kept promise is
	 * paid.
	 */
	public int dayBefore(Owner owner, int round, int days) {
		return (int) (dice(owner, round, DAY_BEFORE) * days);
	}

	/**
	 * What the owner says when a collector calls. An owner who has no phone the service
	 * centre knows is unreachable; one who contests the bill disputes it until a hold has
	 * dealt with it; a few never payers refuse whatever is said.
	 * @param disputeSettled whether the household's dispute has been put on hold already
	 */
	public Answer answer(Owner owner, boolean moved, boolean disputeSettled, int week) {
		if (owner.unreachable()) {
			return Answer.UNREACHABLE;
		}
		if (dice(owner, week, ANSWERS) >= 0.85) {
			return Answer.NO_ANSWER;
		}
		if (owner.dispute() && !disputeSettled) {
			return Answer.DISPUTED;
		}
		if (!moved && stubborn(owner)) {
			return Answer.REFUSED;
		}
		double promises = moved ? 0.75 : switch (owner.payer()) {
			case PUNCTUAL, PREPAID, LATE -> 0.75;
			case PARTIAL -> 0.65;
			case PRIOR_YEAR -> 0.55;
			case NEVER -> 0.50;
		};
		return dice(owner, week, PROMISES) < promises ? Answer.PROMISED : Answer.REFUSED;
	}

	/** Whether a promise made in this week is kept. */
	public boolean keeps(Owner owner, boolean moved, int week) {
		double keeps = moved ? 0.85 : switch (owner.payer()) {
			case PUNCTUAL, PREPAID, LATE -> 0.85;
			case PARTIAL -> 0.75;
			case PRIOR_YEAR -> 0.65;
			case NEVER -> 0.55;
		};
		return dice(owner, week, KEEPS) < keeps;
	}

	/** Whether a dispute put on hold this week is resolved before the hold ends. */
	public boolean resolved(Owner owner, int week) {
		return dice(owner, week, RESOLVED) < 0.8;
	}

	/**
	 * A third of the never payers refuse every call until the lawyer's letter or the
	 * court moves them: the few the seed leaves to arbitration.
	 */
	public boolean stubborn(Owner owner) {
		return owner.payer() == Payer.NEVER && dice(owner, 0, STUBBORN) < 1.0 / 3;
	}

	/** A number in [0, 1) drawn for the household, the week and the question alone. */
	double dice(Owner owner, int week, int question) {
		long h = seed;
		for (int i = 0; i < owner.code().length(); i++) {
			h = mix(h ^ owner.code().charAt(i));
		}
		h = mix(mix(h ^ week) ^ question);
		return (h >>> 11) * 0x1.0p-53;
	}

	// SplitMix64's finaliser
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
