package io.arrears.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.arrears.ledger.LedgerEntry;
import io.arrears.document.EstateInfo;
import io.arrears.document.HouseholdRef;

/**
 * A case file of the registry with the household's whole ledger up to the file's date.
 */
record CaseFileInput(long noticeId, EstateInfo estate, HouseholdRef household, String ownerName, String mailingAddress,
		LocalDate asOf, LocalDate episodeDueDate, BigDecimal principal, BigDecimal lateFee, List<LedgerEntry> entries) {
}
