package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The names the startup check knows come from the records' metadata. */
class KnownPropertiesTest {

	private final KnownProperties known = new KnownProperties();

	@Test
	void everyRecordSettingIsKnownAndMapAndListEntriesPass() {
		assertThat(known.available()).isTrue();
		for (String name : new String[] { "arrears.late-fee.posting", "arrears.output-dir",
				"arrears.recovery.stale-after", "arrears.documents.lawyer.firm",
				"arrears.dunning.remote.worker-threads", "arrears.schedule.jobs.festival.festivals.at",
				"arrears.ladder[3].from-day", "arrears.finance.aging-buckets[0]", "arrears.lateFee.dailyRate",
				"arrears.documents.payment-url", "arrears.documents.estates.E01.payment-url" }) {
			assertThat(known.known(ConfigurationPropertyName.adapt(name, '.'))).as(name).isTrue();
		}
		assertThat(known.known(ConfigurationPropertyName.of("arrears.late-fee.postng"))).isFalse();
	}

	@Test
	void environmentVariablesAreReadAsBootMapsThem() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("ARREARS_LATEFEE_POSTING", "daily", "ARREARS_LATE_FEE_CAP_RATIO", "1",
									"ARREARS_SCHEDULE_JOBS_DUNNING_CRON", "x", "ARREARS_LATEFEE_POSTNG", "daily",
									"PATH", "/bin")));
		environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", Map.of()));

		assertThat(known.unknown(environment)).extracting(KnownProperties.Unknown::toString)
			.containsExactly("ARREARS_LATEFEE_POSTNG (environment variable): did you mean ARREARS_LATEFEE_POSTING"
					+ " (arrears.late-fee.posting)?");
	}

}
