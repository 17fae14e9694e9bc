package io.arrears.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import io.arrears.document.Money;
import io.arrears.dunning.ArrearsLine;
import io.arrears.dunning.NoticeDue;

/**
 * What a per-household notice stated, as the registry holds it (notice and notice_line)
 * or as a re-run computes it. Compared by a digest of its amounts and lines rather than
 * by the PDF's fingerprint: the fingerprint hashes the whole rendered document (estate
 * letterhead, address, deadlines and wording as well), which comes from reference data,
 * not from the ledger, and can only be reproduced by rendering. The digest covers exactly
 * what a re-run can get wrong.
 *
 * @param digest SHA-256 of kind, number, episode, amounts and each line's charge, due
 * date, outstanding principal and late fee
 */
record NoticeStatement(String kind, int number, LocalDate episodeDueDate, BigDecimal principal, BigDecimal lateFee,
		BigDecimal total, String digest) {

	/** One line as the digest sees it. */
	record Line(String chargeReference, LocalDate due, BigDecimal outstanding, BigDecimal lateFee) {
	}

	static NoticeStatement of(NoticeDue notice) {
		List<Line> lines = notice.lines()
			.stream()
			.map((ArrearsLine l) -> new Line(l.chargeReference(), l.due(), l.outstanding(), l.lateFee()))
			.toList();
		return of(notice.kind().name(), notice.number(), notice.episodeDueDate(), notice.principal(), notice.lateFee(),
				notice.total(), lines);
	}

	static NoticeStatement of(String kind, int number, LocalDate episode, BigDecimal principal, BigDecimal lateFee,
			BigDecimal total, List<Line> lines) {
		StringBuilder canonical = new StringBuilder();
		canonical.append(kind)
			.append('|')
			.append(number)
			.append('|')
			.append(episode)
			.append('|')
			.append(Money.of(principal))
			.append('|')
			.append(Money.of(lateFee))
			.append('|')
			.append(Money.of(total));
		for (Line line : lines) {
			canonical.append('\n')
				.append(line.chargeReference())
				.append('|')
				.append(line.due())
				.append('|')
				.append(Money.of(line.outstanding()))
				.append('|')
				.append(Money.of(line.lateFee()));
		}
		return new NoticeStatement(kind, number, episode, Money.of(principal), Money.of(lateFee), Money.of(total),
				sha256(canonical.toString()));
	}

	/** The notice's identity in the registry: one per kind and number per episode. */
	String key() {
		return KeptBack.key(kind, number, episodeDueDate);
	}

	String describe() {
		return key() + " principal=" + principal + " late-fee=" + lateFee + " total=" + total;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
