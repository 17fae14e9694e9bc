package io.arrears.audit;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Hands a date's computed corrections from the re-run to the step of its
 * {@code rerun-dunning} job instance that posts them, typed, rather than through an
 * execution context. They live only as long as the re-run: a re-run that dies is simply
 * run again, and computes them afresh from the ledger as it then stands.
 */
@Component
class PendingCorrections {

	private final Map<String, Corrections> pending = new ConcurrentHashMap<>();

	void put(Corrections corrections) {
		pending.put(key(corrections.runId(), corrections.asOf()), corrections);
	}

	Corrections take(long runId, LocalDate asOf) {
		Corrections corrections = pending.remove(key(runId, asOf));
		if (corrections == null) {
			throw new IllegalStateException("no corrections computed for audit run " + runId + " as of " + asOf
					+ ": a rerun-dunning job is started by `rerun dunning`, not on its own");
		}
		return corrections;
	}

	private static String key(long runId, LocalDate asOf) {
		return runId + "|" + asOf;
	}

}
