package io.arrears.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import io.arrears.dunning.ArrearsProperties;

/**
 * {@code /documents} (the print batches the runs wrote) and {@code /month-end} (the
 * month-end packs), to download, as the jobs laid them out under
 * {@code arrears.output-dir}: {@code <estate>/<date>/<kind>/}. A file is served only from
 * inside that folder and of the page's kind; every download is written to
 * {@code access_log}: a print batch names owners.
 */
@Controller
class DownloadsPage {

	private static final String MONTH_END = "MONTH_END";

	private final Signed signed;

	private final AccessLog accessLog;

	private final Path base;

	private final BackgroundRuns background;

	DownloadsPage(Signed signed, AccessLog accessLog, ArrearsProperties arrears, BackgroundRuns background) {
		this.signed = signed;
		this.background = background;
		this.accessLog = accessLog;
		this.base = arrears.outputDir().toAbsolutePath().normalize();
	}

	@ModelAttribute("me")
	ConsoleUser me(Principal principal) {
		return signed.user(principal);
	}

	/** A print batch: {@code <estate>/<date>/<kind>/print-batch-….pdf}. */
	private static boolean printBatch(Path relative) {
		return relative.getNameCount() == 4 && relative.getFileName().toString().startsWith("print-batch")
				&& relative.getFileName().toString().endsWith(".pdf");
	}

	/** A file of a month-end pack: {@code <estate>/<date>/MONTH_END/…}. */
	private static boolean monthEnd(Path relative) {
		return relative.getNameCount() == 4 && relative.getName(2).toString().equals(MONTH_END);
	}

	@GetMapping("/documents")
	String documents(Model model) throws IOException {
		model.addAttribute("title", "打印批次");
		model.addAttribute("path", "/documents/file");
		model.addAttribute("files", files(DownloadsPage::printBatch));
		return "downloads";
	}

	@GetMapping("/month-end")
	String monthEnd(Model model) throws IOException {
		model.addAttribute("title", "月末报表");
		model.addAttribute("path", "/month-end/file");
		model.addAttribute("files", files(DownloadsPage::monthEnd));
		model.addAttribute("months", MonthEndLaunch.endedMonths(signed.today()));
		model.addAttribute("launches", background.recent("month-end"));
		return "downloads";
	}

	@GetMapping("/documents/file")
	ResponseEntity<Resource> printBatch(@RequestParam String path, Principal principal) {
		return download(path, DownloadsPage::printBatch, principal);
	}

	@GetMapping("/month-end/file")
	ResponseEntity<Resource> monthEndFile(@RequestParam String path, Principal principal) {
		return download(path, DownloadsPage::monthEnd, principal);
	}

	private ResponseEntity<Resource> download(String path, Predicate<Path> kind, Principal principal) {
		Path file = base.resolve(path).normalize();
		if (!file.startsWith(base) || !kind.test(base.relativize(file)) || !Files.isRegularFile(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String relative = base.relativize(file).toString().replace('\\', '/');
		accessLog.record(signed.user(principal).name(), AccessLog.Action.DOWNLOAD, relative);
		String name = file.getFileName().toString();
		MediaType type = name.endsWith(".pdf") ? MediaType.APPLICATION_PDF
				: name.endsWith(".csv") ? new MediaType("text", "csv") : MediaType.APPLICATION_OCTET_STREAM;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(new FileSystemResource(file));
	}

	/** The files of the kind, newest date first, at most 500. */
	private List<String> files(Predicate<Path> kind) throws IOException {
		if (!Files.isDirectory(base)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(base, 4)) {
			return walk.filter(Files::isRegularFile)
				.map(base::relativize)
				.filter(kind)
				.sorted(Comparator.comparing((Path p) -> p.getName(1).toString())
					.reversed()
					.thenComparing(Path::toString))
				.limit(500)
				.map(p -> p.toString().replace('\\', '/'))
				.toList();
		}
	}

}
