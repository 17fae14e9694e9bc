package io.arrears.schedule;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.arrears.estate.EstateDocumentRuns;
import io.arrears.estate.EstateDocumentRuns.BulletinSummary;
import io.arrears.estate.EstateDocumentRuns.FestivalSummary;

/** The scheduled runs of the per-estate bulletin and of the festival cards. */
@Configuration(proxyBeanMethods = false)
class EstateDocumentScheduledJobs {

	@Bean
	ScheduledJob bulletinScheduledJob(EstateDocumentRuns runs) {
		return new ScheduledJob() {

			@Override
			public String name() {
				return "bulletin";
			}

			@Override
			public Outcome run(Firing firing) throws Exception {
				BulletinSummary summary = runs.bulletin(firing.asOf());
				String detail = summary.estates() + " estates, " + summary.listedOnBulletins()
						+ " households on the bulletins, " + summary.listedOnOpenLetters() + " on open letters";
				if (summary.alreadyDone()) {
					return Outcome.alreadyDone(detail);
				}
				return summary.status() == BatchStatus.COMPLETED ? Outcome.done(detail)
						: Outcome.failed(summary.status() + ": " + summary.failure());
			}
		};
	}

	@Bean
	ScheduledJob festivalScheduledJob(EstateDocumentRuns runs) {
		return new ScheduledJob() {

			@Override
			public String name() {
				return "festival";
			}

			@Override
			public Outcome run(Firing firing) throws Exception {
				if (firing.festival() == null || firing.year() == null) {
					return Outcome.failed("a festival firing without its festival and year: " + firing);
				}
				FestivalSummary summary = runs.festival(firing.festival(), firing.year());
				String detail = summary.cards() + " " + firing.festival() + " cards for " + firing.year() + ", "
						+ summary.inArrears() + " with a reminder of arrears";
				if (summary.alreadyDone()) {
					return Outcome.alreadyDone(detail);
				}
				return summary.status() == BatchStatus.COMPLETED ? Outcome.done(detail)
						: Outcome.failed(summary.status() + ": " + summary.failure());
			}
		};
	}

}
