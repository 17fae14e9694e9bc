package io.arrears.console;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.arrears.collection.HoldEntry;
import io.arrears.ledger.WaiverEntry;

/**
 * What {@code FINANCE} records on a household's page: a hold (or a {@code RELEASE}),
 * through {@link HoldEntry}, the rules of a line of {@code holds.csv}; and a late-fee
 * waiver, through {@link WaiverEntry}, the rules of a {@code LATE_FEE_WAIVER} row of
 * {@code ledger.csv}, naming who approved it. Both append, recorded now; a refusal comes
 * back to the form with the import's reason.
 */
@Controller
class HouseholdWrites {

	private final Signed signed;

	private final HoldEntry holds;

	private final WaiverEntry waivers;

	HouseholdWrites(Signed signed, HoldEntry holds, WaiverEntry waivers) {
		this.signed = signed;
		this.holds = holds;
		this.waivers = waivers;
	}

	@PostMapping("/households/{code}/holds")
	String hold(@PathVariable String code, @RequestParam String reason, @RequestParam String fromDate,
			@RequestParam(required = false) String untilDate, @RequestParam String approvedBy,
			@RequestParam(required = false) String note, Principal principal, RedirectAttributes redirect) {
		signed.user(principal);
		HoldEntry.Entered entered = holds
			.record(new HoldEntry.Form(code, reason, fromDate, untilDate, approvedBy, note));
		if (entered.isRejected()) {
			redirect.addFlashAttribute("rejected", "暂停催收未记录：" + entered.rejection());
		}
		else {
			redirect.addFlashAttribute("recorded", "已记录暂停催收 " + entered.hold().reference());
		}
		return "redirect:/households/{code}";
	}

	@PostMapping("/households/{code}/waivers")
	String waiver(@PathVariable String code, @RequestParam String amount, @RequestParam String effectiveDate,
			@RequestParam String approvedBy, @RequestParam(required = false) String note, Principal principal,
			RedirectAttributes redirect) {
		ConsoleUser user = signed.user(principal);
		WaiverEntry.Entered entered = waivers
			.record(new WaiverEntry.Form(code, amount, effectiveDate, approvedBy, user.name(), note), signed.today());
		if (entered.isRejected()) {
			redirect.addFlashAttribute("rejected", "减免未记录：" + entered.rejection());
		}
		else {
			redirect.addFlashAttribute("recorded", "已记录减免 " + entered.entry().reference());
		}
		return "redirect:/households/{code}";
	}

}
