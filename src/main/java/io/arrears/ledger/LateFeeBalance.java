package io.arrears.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A posted late fee after allocation: what of it is neither paid nor waived. */
public record LateFeeBalance(String reference, String chargeReference, LocalDate postedOn, BigDecimal amount,
		BigDecimal outstanding) {
}
