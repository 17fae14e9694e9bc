package io.arrears.document;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * {@code arrears.documents.*} from {@code jobs/documents.yml}, for every document job:
 * deadlines, the law firm that signs the lawyer's letters, where edited templates live,
 * how the per-estate and festival jobs chunk their work. {@code render-limit} is for
 * measuring only ({@code bench --render-limit}): when above 0, the render and print steps
 * take only that many of a day's notices, the first in delivery order; the rest stay
 * unrendered. Never set it for a real run.
 *
 * @param bulletinDeadlineDays the bulletin asks the listed owners to pay within this many
 * days
 * @param openLetterDeadlineDays the open letter's deadline, in days after its as-of date
 * @param bulletinChunkSize estates per transaction of the bulletin job
 * @param festivalChunkSize households per transaction of the festival job
 * @param paymentUrl the payment address of every estate (SPEC §11), a
 * {@link PaymentUrlTemplate}; unset: no estate has one, no document carries a QR code
 * @param estates settings of single estates, by estate code
 * @param duplex every document of a print batch starts on an odd page (a blank page is
 * inserted after the cover sheet and after a document of an odd number of pages)
 * @param singleFiles besides the print batches, write each notice to its own PDF as
 * before issue #13 (for those who send them one by one); off by default: one notice alone
 * is exported on demand ({@code export document --notice})
 */
@ConfigurationProperties("arrears.documents")
public record DocumentProperties(@DefaultValue("templates") Path templates, @DefaultValue("7") int reminderDeadlineDays,
		@DefaultValue("15") int lawyerDeadlineDays, @DefaultValue("500") int printBatchSize,
		@DefaultValue("0") int renderThreads, @DefaultValue("0") int renderLimit, Lawyer lawyer,
		@DefaultValue("7") int bulletinDeadlineDays, @DefaultValue("10") int openLetterDeadlineDays,
		@DefaultValue("1") int bulletinChunkSize, @DefaultValue("100") int festivalChunkSize, String paymentUrl,
		Map<String, Estate> estates, @DefaultValue("false") boolean duplex,
		@DefaultValue("false") boolean singleFiles) {

	public DocumentProperties {
		if (reminderDeadlineDays < 0 || lawyerDeadlineDays < 0) {
			throw new IllegalArgumentException("arrears.documents deadlines must not be negative");
		}
		if (bulletinDeadlineDays < 1 || openLetterDeadlineDays < 1) {
			throw new IllegalArgumentException("arrears.documents.bulletin-deadline-days and open-letter-deadline-days"
					+ " must be at least 1: " + bulletinDeadlineDays + ", " + openLetterDeadlineDays);
		}
		if (bulletinChunkSize < 1 || festivalChunkSize < 1) {
			throw new IllegalArgumentException("arrears.documents.bulletin-chunk-size and festival-chunk-size"
					+ " must be at least 1: " + bulletinChunkSize + ", " + festivalChunkSize);
		}
		if (renderThreads <= 0) {
			// rendering is CPU-bound: one thread per core
			renderThreads = Runtime.getRuntime().availableProcessors();
		}
		if (renderLimit < 0) {
			throw new IllegalArgumentException("arrears.documents.render-limit must not be negative");
		}
		if (printBatchSize < 1) {
			throw new IllegalArgumentException("arrears.documents.print-batch-size must be at least 1");
		}
		estates = estates == null ? Map.of() : Map.copyOf(estates);
		// fail at start-up, not at the first notice
		paymentUrls(paymentUrl, estates);
	}

	/**
	 * {@code arrears.documents.estates.<code>.*}: what one estate does differently.
	 *
	 * @param paymentUrl this estate's payment address, in place of
	 * {@code arrears.documents.payment-url}; empty: this estate has none
	 */
	public record Estate(String paymentUrl) {
	}

	/**
	 * The payment address of each estate, checked.
	 * @throws IllegalArgumentException naming the setting, when a template is not an
	 * http(s) URL or names an unknown placeholder
	 */
	public PaymentUrls paymentUrls() {
		return paymentUrls(paymentUrl, estates);
	}

	private static PaymentUrls paymentUrls(String paymentUrl, Map<String, Estate> estates) {
		PaymentUrlTemplate fallback = template("arrears.documents.payment-url", paymentUrl);
		Map<String, PaymentUrlTemplate> byEstate = new HashMap<>();
		estates.forEach((code, estate) -> {
			if (estate != null && estate.paymentUrl() != null) {
				byEstate.put(code, template("arrears.documents.estates." + code + ".payment-url", estate.paymentUrl()));
			}
		});
		return fallback == null && byEstate.isEmpty() ? PaymentUrls.none() : new PaymentUrls(fallback, byEstate);
	}

	private static PaymentUrlTemplate template(String property, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new PaymentUrlTemplate(value);
		}
		catch (IllegalArgumentException e) {
			// not chained: the command line prints the innermost message, which must name
			// the setting
			throw new IllegalArgumentException(property + ": " + e.getMessage());
		}
	}

	/** {@code arrears.documents.lawyer.*}. */
	public record Lawyer(String firm, String name, String phone, String address) {
	}

	public LawFirm lawFirm() {
		if (lawyer == null || lawyer.firm() == null || lawyer.name() == null) {
			throw new IllegalStateException(
					"a lawyer's letter needs arrears.documents.lawyer.firm and .name (jobs/documents.yml)");
		}
		return new LawFirm(lawyer.firm(), lawyer.name(), lawyer.phone(), lawyer.address());
	}

	/**
	 * A pool of {@link #renderThreads} daemon threads named {@code prefix1},
	 * {@code prefix2} …, for a step's rendering: rendering is CPU-bound.
	 */
	public ThreadPoolTaskExecutor renderThreadPool(String prefix) {
		ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
		threads.setCorePoolSize(renderThreads);
		threads.setThreadNamePrefix(prefix);
		threads.setDaemon(true);
		threads.initialize();
		return threads;
	}

}
