package io.arrears.dunning;

/**
 * The per-household documents of SPEC §3 and §5 the registry records, each issued at most
 * once per episode. {@code export notices} lists the notices (reminders and lawyer's
 * letters); the case file is recorded the same way so that an audit can prove what went
 * to arbitration.
 */
public enum NoticeKind {

	/** 催缴通知书, numbered 1 to 10. */
	REMINDER,
	/** 律师函, number 0. */
	LAWYER_LETTER,
	/** 案卷 for arbitration or litigation, number 0, once the household is at LEGAL. */
	CASE_FILE

}
