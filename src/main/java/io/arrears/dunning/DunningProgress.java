package io.arrears.dunning;

import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** Tells the operator how far a long dunning run has come, at most every few seconds. */
public class DunningProgress implements ItemWriteListener<Dunning> {

	private static final Logger log = LoggerFactory.getLogger(DunningProgress.class);

	private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

	private final LocalDate asOf;

	private final long started = System.nanoTime();

	private long lastReport = started;

	private long households;

	DunningProgress(LocalDate asOf) {
		this.asOf = asOf;
	}

	@Override
	public void afterWrite(Chunk<? extends Dunning> chunk) {
		households += chunk.size();
		long now = System.nanoTime();
		if (now - lastReport >= EVERY_NANOS) {
			lastReport = now;
			double seconds = (now - started) / 1e9;
			log.info("dunning {}: {} households assessed, {}/s", asOf, households, Math.round(households / seconds));
		}
	}

}
