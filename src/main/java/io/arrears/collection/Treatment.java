package io.arrears.collection;

import io.arrears.dunning.Dunning;

/**
 * What the ladder does with a household's promises and holds on a date (SPEC §9).
 *
 * @param dunning the day's dunning as it is to be carried out: without the notice when
 * suppressed, without the late fees when deferred (and the assessment's fee totals
 * without them), with team {@code MANAGER} while on hold
 * @param suppression the notice kept back and why, null when none was
 * @param listedPublicly whether the bulletin and the open letter may list it
 * @param lateFeesDeferred whether a {@code DISPUTE} hold deferred the day's late fees
 * (true only when there were fees to post)
 */
public record Treatment(Dunning dunning, Suppression suppression, boolean listedPublicly, boolean lateFeesDeferred,
		CollectionState state) {
}
