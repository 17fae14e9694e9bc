package io.arrears.console;

import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.arrears.finance.MonthEndRuns;

/**
 * {@code FINANCE} runs the month-end of a month that has ended from {@code /month-end}:
 * as of the month's last day, through {@link MonthEndRuns} (the dunning assessment of the
 * date, then the pack job, both through the job runner), in the background
 * ({@link BackgroundRuns}); the pack appears on the page once written. A month already
 * done is reported done and left alone, as {@code run month-end} does.
 */
@Controller
class MonthEndLaunch {

	/** How many ended months the form offers. */
	static final int MONTHS = 24;

	private final Signed signed;

	private final MonthEndRuns monthEnd;

	private final BackgroundRuns background;

	MonthEndLaunch(Signed signed, MonthEndRuns monthEnd, BackgroundRuns background) {
		this.signed = signed;
		this.monthEnd = monthEnd;
		this.background = background;
	}

	/** The months that have ended by {@code today}, the latest first. */
	static List<YearMonth> endedMonths(LocalDate today) {
		YearMonth last = YearMonth.from(today).minusMonths(today.equals(YearMonth.from(today).atEndOfMonth()) ? 0 : 1);
		return Stream.iterate(last, m -> m.minusMonths(1)).limit(MONTHS).toList();
	}

	@PostMapping("/month-end/runs")
	String run(@RequestParam String month, Principal principal, RedirectAttributes redirect) {
		ConsoleUser user = signed.user(principal);
		YearMonth asked;
		try {
			asked = YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			redirect.addFlashAttribute("rejected", "月份有误：" + month);
			return "redirect:/month-end";
		}
		if (!endedMonths(signed.today()).contains(asked)) {
			redirect.addFlashAttribute("rejected", asked + " 尚未结束或太久以前：请用命令行 run month-end");
			return "redirect:/month-end";
		}
		LocalDate asOf = asked.atEndOfMonth();
		BackgroundRuns.Launch launch = background.submit("month-end", "month-end " + asOf, user.name(), () -> {
			MonthEndRuns.MonthEndSummary summary = monthEnd.run(asOf);
			if (summary.failure() != null && !summary.alreadyDone()) {
				throw new IllegalStateException(summary.failure());
			}
			return summary.alreadyDone() ? "already done"
					: summary.estates() + " estates, " + summary.files() + " files";
		});
		redirect.addFlashAttribute("started", "已提交：" + launch.what());
		return "redirect:/month-end";
	}

}
