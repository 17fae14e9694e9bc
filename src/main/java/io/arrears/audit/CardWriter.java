package io.arrears.audit;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import io.arrears.dunning.Assessment;
import io.arrears.estate.FestivalCardAudit;
import io.arrears.estate.FestivalCardAudit.Mailing;
import io.arrears.estate.FestivalCardAudit.Reissued;

/**
 * The writer of a festival mailing's re-run, in the chunk's transaction: the standings,
 * the differences and, when not a dry run, each card that should have stated another warm
 * reminder issued corrected beside the one sent (which stays as it was) and recorded in
 * {@code audit_card}. A chunk that fails after rendering leaves its files behind; the
 * restart renders them again to the same bytes.
 */
class CardWriter implements ItemStreamWriter<CheckedCard> {

	private final AuditRuns auditRuns;

	private final RerunState state;

	private final FestivalCardAudit cards;

	private final RerunRun run;

	private final Mailing mailing;

	private final LocalDateTime correctedAt;

	private int households;

	private int differences;

	private int corrections;

	CardWriter(AuditRuns auditRuns, RerunState state, FestivalCardAudit cards, RerunRun run, Mailing mailing,
			LocalDateTime correctedAt) {
		this.auditRuns = auditRuns;
		this.state = state;
		this.cards = cards;
		this.run = run;
		this.mailing = mailing;
		this.correctedAt = correctedAt;
	}

	@Override
	public void write(Chunk<? extends CheckedCard> chunk) {
		List<Assessment> standings = new ArrayList<>(chunk.size());
		List<Difference> found = new ArrayList<>();
		List<CheckedCard> reissued = new ArrayList<>();
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (CheckedCard card : chunk) {
			standings.add(card.standing());
			found.addAll(card.differences());
			if (card.reissue()) {
				reissued.add(card);
				amounts.put(card.householdCode(), card.arrears());
			}
		}
		state.writeStandings(run.runId(), mailing.asOf(), standings, Map.of());
		auditRuns.addDifferences(run.runId(), found);
		List<Reissued> files = cards.renderCorrected(mailing, amounts, run.tag());
		state.writeCards(run.runId(), mailing, reissued, files, correctedAt);
		households += chunk.size();
		differences += found.size();
		corrections += files.size();
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		households = context.getInt(RerunLauncher.HOUSEHOLDS, 0);
		differences = context.getInt(RerunWriter.DIFFERENCES, 0);
		corrections = context.getInt(RerunWriter.CORRECTIONS, 0);
		update(context);
	}

	@Override
	public void update(ExecutionContext context) throws ItemStreamException {
		context.putString(RerunLauncher.DAY, mailing.asOf().toString());
		context.putInt(RerunLauncher.HOUSEHOLDS, households);
		context.putInt(RerunWriter.DIFFERENCES, differences);
		context.putInt(RerunWriter.CORRECTIONS, corrections);
	}

}
