package io.arrears.finance;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code arrears.finance.*} from {@code jobs/finance.yml}: the aging buckets and the
 * practice's targets the month-end pack measures against. Checked at start-up, so that a
 * bad edit stops the application instead of printing a wrong report at month-end.
 *
 * @param agingBuckets the first day of each days-overdue bucket, ascending, starting at 1
 * @param arrearsTarget the share of households still in arrears that the practice aims to
 * stay below
 * @param targetAfterDays how long after the due date the target applies
 * @param lawyerLetterDays the days after a lawyer's letter within which a payment counts
 * @param lawyerLetterPractice the share the practice reports paying within that time, for
 * comparison
 */
@ConfigurationProperties("arrears.finance")
public record FinanceProperties(@DefaultValue( {
		"1", "31", "61", "91", "181", "366" }) List<Integer> agingBuckets,
		@DefaultValue("0.10") BigDecimal arrearsTarget, @DefaultValue("60") int targetAfterDays,
		@DefaultValue("30") int lawyerLetterDays, @DefaultValue("0.15") BigDecimal lawyerLetterPractice){

	public FinanceProperties {
		AgingBuckets.of(agingBuckets);
		if (arrearsTarget.signum() < 0 || arrearsTarget.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException(
					"arrears.finance.arrears-target must be a share from 0 to 1: " + arrearsTarget);
		}
		if (lawyerLetterPractice.signum() < 0 || lawyerLetterPractice.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException(
					"arrears.finance.lawyer-letter-practice must be a share from 0 to 1: " + lawyerLetterPractice);
		}
		if (targetAfterDays < 1 || lawyerLetterDays < 1) {
			throw new IllegalArgumentException(
					"arrears.finance.target-after-days and lawyer-letter-days must be at least 1");
		}
	}

	AgingBuckets buckets() {
		return AgingBuckets.of(agingBuckets);
	}
}
