package io.arrears.estate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code arrears.documents.*} settings of the per-estate and festival jobs, from
 * {@code jobs/documents.yml}. Other documents keep their own keys under the same prefix;
 * unknown keys are left to them.
 *
 * @param bulletinDeadlineDays the bulletin asks the listed owners to pay within this many
 * days
 * @param openLetterDeadlineDays the open letter's deadline, in days after its as-of date
 * @param bulletinChunkSize estates per transaction of the bulletin job
 * @param festivalChunkSize households per transaction of the festival job
 */
@ConfigurationProperties("arrears.documents")
record EstateDocumentProperties(@DefaultValue("7") int bulletinDeadlineDays,
		@DefaultValue("10") int openLetterDeadlineDays, @DefaultValue("1") int bulletinChunkSize,
		@DefaultValue("100") int festivalChunkSize) {

	EstateDocumentProperties {
		if (bulletinDeadlineDays < 1 || openLetterDeadlineDays < 1) {
			throw new IllegalArgumentException("arrears.documents.bulletin-deadline-days and open-letter-deadline-days"
					+ " must be at least 1: " + bulletinDeadlineDays + ", " + openLetterDeadlineDays);
		}
		if (bulletinChunkSize < 1 || festivalChunkSize < 1) {
			throw new IllegalArgumentException("arrears.documents.bulletin-chunk-size and festival-chunk-size"
					+ " must be at least 1: " + bulletinChunkSize + ", " + festivalChunkSize);
		}
	}
}
