package io.arrears.console;

import java.security.Principal;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.util.LinkedCaseInsensitiveMap;

import io.arrears.collection.HoldReason;

/**
 * {@code /households/{code}}: statement of account, stage history, notices, contacts and
 * promises, holds, receipts. A {@code COLLECTOR} sees only the households on their own
 * work list of today (another's is a 403, and the refusal is logged); names and phones
 * are shown to the roles that work with owners ({@link Role#seesPersonalData}), masked
 * for the others. Every view is written to {@code access_log}. {@code /estates/{code}}:
 * the estate's households by stage, with a search by room.
 */
@Controller
class HouseholdPage {

	private final Signed signed;

	private final HouseholdRecords records;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	HouseholdPage(Signed signed, HouseholdRecords records, HouseholdAccess access, AccessLog accessLog) {
		this.signed = signed;
		this.records = records;
		this.access = access;
		this.accessLog = accessLog;
	}

	@ModelAttribute("me")
	ConsoleUser me(Principal principal) {
		return signed.user(principal);
	}

	@GetMapping("/households/{code}")
	String household(@PathVariable String code, Principal principal, Model model) {
		ConsoleUser user = signed.user(principal);
		if (!access.sees(user, code)) {
			accessLog.record(user.name(), AccessLog.Action.DENIED, "household " + code);
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		// case-insensitive like the row it copies: H2 names the columns in capitals
		Map<String, Object> household = new LinkedCaseInsensitiveMap<>();
		household.putAll(records.household(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		if (!user.role().seesPersonalData()) {
			household.put("owner_name", Masks.name((String) household.get("owner_name")));
			household.put("owner_phone", Masks.phone((String) household.get("owner_phone")));
			household.put("mailing_address", null);
		}
		accessLog.record(user.name(), AccessLog.Action.VIEW_HOUSEHOLD, "household " + code);
		model.addAttribute("h", household);
		model.addAttribute("ledger", records.ledger(code, signed.today()));
		model.addAttribute("stages", records.stages(code));
		model.addAttribute("notices", records.notices(code));
		model.addAttribute("contacts", records.contacts(code));
		model.addAttribute("holds", records.holds(code));
		model.addAttribute("receipts", records.receipts(code));
		model.addAttribute("suppressions", records.suppressions(code));
		model.addAttribute("showNotes", user.role().seesPersonalData());
		model.addAttribute("holdReasons", HoldReason.values());
		model.addAttribute("today", signed.today());
		return "household";
	}

	@GetMapping("/estates/{code}")
	String estate(@PathVariable String code, @RequestParam(required = false) String room, Model model) {
		model.addAttribute("estate",
				records.estate(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("room", room);
		model.addAttribute("households", records.estateHouseholds(code, room));
		return "estate";
	}

}
