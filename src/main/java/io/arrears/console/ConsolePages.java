package io.arrears.console;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.quartz.SchedulerException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.arrears.audit.JobExecutions;

/**
 * {@code /login}, {@code /} (today: the last runs and their outcome, the next firings,
 * households by stage per estate, this month's recovery per estate with a bar chart drawn
 * here as inline SVG) and {@code /jobs} (the executions, failures with their exit, a
 * restart button for {@code ADMIN} on a failed or stopped one: {@link JobRestart}).
 */
@Controller
class ConsolePages {

	private final Signed signed;

	private final HouseholdRecords records;

	private final JobExecutions executions;

	private final BackgroundRuns background;

	private final NextFirings firings;

	ConsolePages(Signed signed, HouseholdRecords records, JobExecutions executions, BackgroundRuns background,
			NextFirings firings) {
		this.signed = signed;
		this.background = background;
		this.firings = firings;
		this.records = records;
		this.executions = executions;
	}

	/** The signed-in user for the page's header; none on the sign-in page. */
	@ModelAttribute("me")
	ConsoleUser me(Principal principal) {
		return principal == null ? null : signed.user(principal);
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String today(Model model) throws SchedulerException {
		LocalDate today = signed.today();
		model.addAttribute("today", today);
		model.addAttribute("firings", firings.next(signed.now()));
		List<Recovery> recovery = records.recovery(today);
		model.addAttribute("recovery", recovery);
		model.addAttribute("fullBar", Recovery.FULL_BAR);
		model.addAttribute("runs", executions.list(8));
		model.addAttribute("lastRun", records.lastRunDate());
		model.addAttribute("stages", records.stagesByEstate());
		return "today";
	}

	@GetMapping("/jobs")
	String jobs(Model model) {
		model.addAttribute("runs", executions.list(100));
		model.addAttribute("launches", background.recent("restart"));
		return "jobs";
	}

}
