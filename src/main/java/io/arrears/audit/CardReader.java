package io.arrears.audit;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.estate.FestivalCardAudit;
import io.arrears.estate.FestivalCardAudit.Mailing;
import io.arrears.estate.FestivalCardAudit.SentCard;

/**
 * The reader of a festival mailing's re-run: every household with the ledger as the
 * mailing date knew it (a replay: what was recorded by the end of that date; a
 * restatement: everything), as the festival job reads it, and the card the mailing sent
 * it; in a restatement, the latest corrected card an earlier non-dry re-run issued
 * instead.
 */
class CardReader implements ItemStreamReader<CardReconciler.Household> {

	private final HouseholdLedgerReader ledgers;

	private final FestivalCardAudit cards;

	private final RerunState state;

	private final RerunRun run;

	private final Mailing mailing;

	private Map<String, SentCard> sent;

	CardReader(DataSource dataSource, FestivalCardAudit cards, RerunState state, RerunRun run, Mailing mailing) {
		this.ledgers = HouseholdLedgerReader.forAudit(dataSource, mailing.asOf(), run.recordedBefore(mailing.asOf()));
		this.cards = cards;
		this.state = state;
		this.run = run;
		this.mailing = mailing;
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		sent = new HashMap<>(cards.sent(mailing));
		if (run.mode() == Mode.RESTATE) {
			sent.putAll(state.correctedCards(mailing));
		}
		ledgers.open(context);
	}

	@Override
	public CardReconciler.Household read() throws Exception {
		HouseholdLedger household = ledgers.read();
		return household == null ? null : new CardReconciler.Household(household, sent.get(household.householdCode()));
	}

	@Override
	public void update(ExecutionContext context) throws ItemStreamException {
		ledgers.update(context);
	}

	@Override
	public void close() throws ItemStreamException {
		ledgers.close();
	}

}
