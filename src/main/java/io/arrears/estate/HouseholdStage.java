package io.arrears.estate;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.arrears.dunning.Stage;
import io.arrears.document.HouseholdRef;

/**
 * One household's row of a dunning run's stage history, with what a public list may need
 * of it. The owner's name is here only to be masked or dropped by the estate's
 * {@code PublicName} setting; the phone number is never read.
 */
record HouseholdStage(HouseholdRef household, String ownerName, Stage stage, int daysOverdue, LocalDate oldestDueDate,
		BigDecimal principalOverdue) {
}
