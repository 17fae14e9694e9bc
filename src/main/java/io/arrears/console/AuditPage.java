package io.arrears.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.arrears.audit.AuditedJob;
import io.arrears.audit.Mode;
import io.arrears.audit.RerunRequest;
import io.arrears.audit.RerunSummary;
import io.arrears.dunning.ArrearsProperties;

/**
 * {@code /audit}: the re-runs recorded, newest first, each with its differences on
 * {@code /audit/runs/{id}} and its reconciliation report (CSV, PDF) to download; and, for
 * an {@code AUDITOR}, a form that starts a re-run of a job for a range of dates. A re-run
 * started here is always a dry run (it writes only its audit run and report, never the
 * ledger, the stage history or the notices: a correcting re-run is a decision for the
 * command line), through the same {@link AuditedJob} as {@code rerun JOB --dry-run}, in
 * the background ({@link BackgroundRuns}): the audit run shows here as soon as it starts.
 */
@Controller
class AuditPage {

	/** The longest range a re-run started from a browser may cover. */
	static final int MAX_DAYS = 92;

	private final Signed signed;

	private final AuditRecords records;

	private final List<AuditedJob> jobs;

	private final BackgroundRuns background;

	private final AccessLog accessLog;

	private final Path reports;

	AuditPage(Signed signed, AuditRecords records, List<AuditedJob> jobs, BackgroundRuns background,
			AccessLog accessLog, ArrearsProperties arrears) {
		this.signed = signed;
		this.records = records;
		// a festival mailing is named by festival and year, not by a range: rerun
		// festival
		this.jobs = jobs.stream().filter(j -> !j.name().equals("festival")).toList();
		this.background = background;
		this.accessLog = accessLog;
		this.reports = arrears.outputDir().resolve("audit").toAbsolutePath().normalize();
	}

	@ModelAttribute("me")
	ConsoleUser me(Principal principal) {
		return signed.user(principal);
	}

	@GetMapping("/audit")
	String audit(Model model) {
		model.addAttribute("runs", records.runs(100));
		model.addAttribute("jobs", jobs.stream().map(AuditedJob::name).sorted().toList());
		model.addAttribute("modes", Mode.values());
		model.addAttribute("launches", background.recent("audit"));
		model.addAttribute("today", signed.today());
		return "audit";
	}

	@GetMapping("/audit/runs/{id}")
	String run(@PathVariable long id, Model model) {
		model.addAttribute("run", records.run(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("rows", records.differences(id, 2000));
		return "audit-run";
	}

	@PostMapping("/audit/reruns")
	String start(@RequestParam String job, @RequestParam String from, @RequestParam String to,
			@RequestParam String mode, Principal principal, RedirectAttributes redirect) {
		ConsoleUser user = signed.user(principal);
		AuditedJob audited = jobs.stream().filter(j -> j.name().equals(job)).findFirst().orElse(null);
		String refusal = null;
		RerunRequest request = null;
		try {
			if (audited == null) {
				refusal = "没有可重跑的作业 " + job;
			}
			else {
				// a dry run whatever the form says: the console never corrects the record
				request = new RerunRequest(LocalDate.parse(from), LocalDate.parse(to), Mode.valueOf(mode), true);
				refusal = refusal(request, signed.today());
			}
		}
		catch (DateTimeParseException | IllegalArgumentException e) {
			refusal = "日期或模式有误：" + e.getMessage();
		}
		if (refusal != null) {
			redirect.addFlashAttribute("rejected", refusal);
			return "redirect:/audit";
		}
		RerunRequest asked = request;
		String what = "rerun " + job + " " + asked.from() + ".." + asked.to() + " " + asked.mode().name().toLowerCase()
				+ ", dry run";
		BackgroundRuns.Launch launch = background.submit("audit", what, user.name(), () -> {
			RerunSummary summary = audited.rerun(asked, day -> {
			});
			return "audit run " + summary.runId() + ": differences " + summary.differences().size();
		});
		redirect.addFlashAttribute("started", "已提交：" + launch.what());
		return "redirect:/audit";
	}

	/** Why a range may not be re-run from a browser, or null. */
	static String refusal(RerunRequest request, LocalDate today) {
		if (request.to().isAfter(today)) {
			return "不能重跑未来的日期：" + request.to();
		}
		if (ChronoUnit.DAYS.between(request.from(), request.to()) >= MAX_DAYS) {
			return "控制台一次最多重跑 " + MAX_DAYS + " 天；更长的区间请用命令行 rerun";
		}
		return null;
	}

	@GetMapping("/audit/runs/{id}/report.csv")
	ResponseEntity<Resource> csv(@PathVariable long id, Principal principal) {
		return report(id, "report_csv", new MediaType("text", "csv"), principal);
	}

	@GetMapping("/audit/runs/{id}/report.pdf")
	ResponseEntity<Resource> pdf(@PathVariable long id, Principal principal) {
		return report(id, "report_pdf", MediaType.APPLICATION_PDF, principal);
	}

	/**
	 * A run's report, only from the reports' folder. Logged as a download: a report names
	 * households, and who read which is the access log's to say.
	 */
	private ResponseEntity<Resource> report(long id, String column, MediaType type, Principal principal) {
		Map<String, Object> run = records.run(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// a column-name map that ignores case, as JdbcTemplate makes them
		Object path = run.get(column);
		if (path == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Path file = Path.of(path.toString()).toAbsolutePath().normalize();
		if (!file.startsWith(reports) || !Files.isRegularFile(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		accessLog.record(signed.user(principal).name(), AccessLog.Action.DOWNLOAD, "audit/" + file.getFileName());
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
			.body(new FileSystemResource(file));
	}

}
