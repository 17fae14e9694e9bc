package io.arrears.collection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.arrears.limitation.LimitationSettings;

/** The collection and limitation settings, validated once at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CollectionProperties.class)
class CollectionConfiguration {

	@Bean
	CollectionSettings collectionSettings(CollectionProperties properties) {
		return properties.settings();
	}

	@Bean
	LimitationSettings limitationSettings(CollectionProperties properties) {
		return properties.limitation();
	}

}
