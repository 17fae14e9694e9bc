package io.arrears.dunning;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Validates the rules once at start-up: a bad ladder stops the application before any job
 * runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArrearsProperties.class)
class RulesConfiguration {

	@Bean
	Rules rules(ArrearsProperties properties) {
		return properties.toRules();
	}

	@Bean
	Assessor assessor(Rules rules) {
		return new Assessor(rules);
	}

}
