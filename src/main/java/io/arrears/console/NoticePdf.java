package io.arrears.console;

import java.io.ByteArrayOutputStream;
import java.security.Principal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import io.arrears.notice.SingleNotice;

/**
 * {@code /households/{code}/notices/{noticeId}}: one notice of the household's page as a
 * PDF, rendered on demand from what the registry recorded by the same path as
 * {@code export document --notice} ({@link SingleNotice}), so it is the notice that was
 * sent, to the fingerprint. It is rendered in memory and never written under the output
 * folder, whose print batches are the run's record.
 *
 * <p>
 * A notice names its owner: only the roles allowed by {@link ConsoleSecurity} get here, a
 * {@code COLLECTOR} only for the households on their own list (also when the number is
 * another household's: the refusal does not say whether it exists); every download and
 * every refusal is written to {@code access_log}. When the data no longer renders to the
 * recorded fingerprint (the household's address or a deadline setting changed since),
 * nothing is served, as the command line refuses to write it.
 */
@Controller
class NoticePdf {

	private final Signed signed;

	private final HouseholdRecords records;

	private final HouseholdAccess access;

	private final SingleNotice notices;

	private final AccessLog accessLog;

	NoticePdf(Signed signed, HouseholdRecords records, HouseholdAccess access, SingleNotice notices,
			AccessLog accessLog) {
		this.signed = signed;
		this.records = records;
		this.access = access;
		this.notices = notices;
		this.accessLog = accessLog;
	}

	@GetMapping("/households/{code}/notices/{noticeId}")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable long noticeId, Principal principal)
			throws Exception {
		ConsoleUser user = signed.user(principal);
		String owner = records.noticeHousehold(noticeId).orElse(code);
		if (!access.sees(user, code, owner)) {
			accessLog.record(user.name(), AccessLog.Action.DENIED, "notice " + noticeId + " of household " + code);
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!owner.equals(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		// empty also for a case file: an internal file, not a notice to the owner
		SingleNotice.Found found = notices.find(Long.toString(noticeId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!found.matches()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"notice " + noticeId + " was recorded with fingerprint " + found.recordedFingerprint()
							+ " but its data now renders to " + found.fingerprint()
							+ ": it would not be the notice sent");
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		notices.write(found, pdf);
		accessLog.record(user.name(), AccessLog.Action.DOWNLOAD, "notice " + noticeId + " " + found.fileName());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(found.fileName()).build().toString())
			.header("X-Notice-Fingerprint", found.fingerprint())
			.body(pdf.toByteArray());
	}

}
