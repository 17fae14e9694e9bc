package io.arrears.console;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.arrears.collection.Channel;
import io.arrears.collection.ContactEntry;
import io.arrears.collection.Outcome;
import io.arrears.collection.WorkLine;
import io.arrears.collection.WorkListExport;

/**
 * {@code /worklist}: the signed-in collector's work list of today ({@code ?date=} for
 * another day), the very lines {@code export worklist} writes, each with a form to record
 * what the owner said. The contact goes through {@link ContactEntry}: the rules of a line
 * of {@code contacts.csv}, the same append-only table, recorded now, contacted today.
 */
@Controller
class WorklistPage {

	private final Signed signed;

	private final WorkListExport workLists;

	private final ContactEntry contacts;

	WorklistPage(Signed signed, WorkListExport workLists, ContactEntry contacts) {
		this.signed = signed;
		this.workLists = workLists;
		this.contacts = contacts;
	}

	@ModelAttribute("me")
	ConsoleUser me(Principal principal) {
		return signed.user(principal);
	}

	@GetMapping("/worklist")
	String worklist(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Principal principal, Model model) {
		ConsoleUser user = signed.user(principal);
		LocalDate today = signed.today();
		LocalDate asOf = date == null ? today : date;
		if (asOf.isAfter(today)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a work list of a day to come");
		}
		List<WorkLine> lines = workLists.lines(asOf, user.collectorCode());
		model.addAttribute("asOf", asOf);
		model.addAttribute("today", today);
		model.addAttribute("lines", lines);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("outcomes", Outcome.values());
		return "worklist";
	}

	@PostMapping("/worklist/contacts")
	String record(@RequestParam String household, @RequestParam(required = false) String date,
			@RequestParam String channel, @RequestParam String outcome,
			@RequestParam(required = false) String promiseDate, @RequestParam(required = false) String promiseAmount,
			@RequestParam(required = false) String note, Principal principal, RedirectAttributes redirect) {
		ConsoleUser user = signed.user(principal);
		LocalDate today = signed.today();
		boolean own = workLists.lines(today, user.collectorCode())
			.stream()
			.anyMatch(l -> l.householdCode().equals(household));
		if (!own) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		ContactEntry.Entered entered = contacts.record(new ContactEntry.Form(household, user.collectorCode(),
				today.toString(), channel, outcome, promiseDate, promiseAmount, note));
		if (entered.isRejected()) {
			redirect.addFlashAttribute("rejected", household + "：" + entered.rejection());
		}
		else {
			redirect.addFlashAttribute("recorded", household + "：已记录 " + entered.contact().reference());
		}
		redirect.addAttribute("date", date == null || date.isBlank() ? today.toString() : date);
		return "redirect:/worklist";
	}

}
