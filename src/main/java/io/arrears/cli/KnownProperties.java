package io.arrears.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataProperty;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataRepositoryJsonBuilder;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Refuses at start an {@code arrears.*} property that no setting of ours has: Spring Boot
 * binds what it knows and ignores the rest, so a misspelt
 * {@code --arrears.late-fee.postng=daily} would run with the default posting and say
 * nothing.
 * <p>
 * The names known are those of the configuration metadata that the build's annotation
 * processor writes for our {@code @ConfigurationProperties} records
 * ({@code META-INF/spring-configuration-metadata.json}), so a setting added to a record
 * is known without a list to keep. A map or list setting ({@code arrears.schedule.jobs},
 * {@code arrears.ladder}) admits any name beneath it: its entries are the user's.
 * <p>
 * Checked: the command line, the configuration files (application.yml, jobs/*.yml, any
 * {@code spring.config.additional-location}) and environment variables
 * ({@code ARREARS_LATEFEE_POSTING}). Not Java system properties: the build passes its own
 * {@code -Darrears.test.*} to the tests that way.
 */
final class KnownProperties implements ApplicationListener<ApplicationPreparedEvent> {

	static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final Logger log = LoggerFactory.getLogger(KnownProperties.class);

	private static final String PREFIX = "arrears";

	private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of(PREFIX);

	private final Set<ConfigurationPropertyName> names = new LinkedHashSet<>();

	/** Map- and list-valued settings: any name beneath one is an entry of it. */
	private final Set<ConfigurationPropertyName> containers = new LinkedHashSet<>();

	/** One property of ours that nothing binds. */
	record Unknown(String name, String where, String meant) {

		@Override
		public String toString() {
			return name + " (" + where + ")" + (meant == null ? "" : ": did you mean " + meant + "?");
		}

	}

	KnownProperties() {
		this(KnownProperties.class.getClassLoader());
	}

	KnownProperties(ClassLoader classLoader) {
		try {
			Enumeration<URL> resources = classLoader.getResources(METADATA);
			for (URL resource : Collections.list(resources)) {
				try (InputStream in = resource.openStream()) {
					byte[] json = in.readAllBytes();
					// Boot's and Modulith's jars carry metadata too; only ours names
					// arrears.*
					if (new String(json, StandardCharsets.UTF_8).contains("\"" + PREFIX + ".")) {
						read(new ByteArrayInputStream(json));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + METADATA, e);
		}
	}

	private void read(InputStream json) throws IOException {
		for (ConfigurationMetadataProperty property : ConfigurationMetadataRepositoryJsonBuilder.create(json)
			.build()
			.getAllProperties()
			.values()) {
			String name = property.getId();
			if (!ConfigurationPropertyName.isValid(name) || !ROOT.isAncestorOf(ConfigurationPropertyName.of(name))) {
				continue;
			}
			String type = String.valueOf(property.getType());
			boolean container = type.startsWith("java.util.Map") || type.startsWith("java.util.List")
					|| type.startsWith("java.util.Set") || type.startsWith("java.util.Collection")
					|| type.endsWith("[]");
			(container ? containers : names).add(ConfigurationPropertyName.of(name));
		}
	}

	/**
	 * Whether the metadata named any setting of ours: without it there is nothing to
	 * check by.
	 */
	boolean available() {
		return !names.isEmpty();
	}

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		if (!available()) {
			log.warn("cannot check the arrears.* properties: no {} of ours on the class path (built without"
					+ " the configuration processor?)", METADATA);
			return;
		}
		List<Unknown> unknown = unknown(event.getApplicationContext().getEnvironment());
		if (!unknown.isEmpty()) {
			throw new UnknownPropertiesException(unknown);
		}
	}

	List<Unknown> unknown(ConfigurableEnvironment environment) {
		List<Unknown> unknown = new ArrayList<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			String sourceName = source.getName();
			// "configurationProperties" is Boot's view of all the others
			if (!(source instanceof EnumerablePropertySource<?> enumerable)
					|| "configurationProperties".equals(sourceName)
					|| StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(sourceName)) {
				continue;
			}
			boolean environmentVariables = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME
				.equals(sourceName);
			for (String raw : enumerable.getPropertyNames()) {
				Unknown found = environmentVariables ? checkVariable(raw) : check(source, raw);
				if (found != null && unknown.stream().noneMatch(u -> u.name().equals(found.name()))) {
					unknown.add(found);
				}
			}
		}
		return unknown;
	}

	private Unknown check(PropertySource<?> source, String raw) {
		ConfigurationPropertyName name = ConfigurationPropertyName.adapt(raw, '.');
		if (name.isEmpty() || !ROOT.isAncestorOf(name) || known(name)) {
			return null;
		}
		return new Unknown(raw, where(source, raw), closest(raw.toLowerCase(Locale.ROOT), false));
	}

	boolean known(ConfigurationPropertyName name) {
		return names.contains(name)
				|| containers.stream().anyMatch(container -> container.equals(name) || container.isAncestorOf(name));
	}

	/**
	 * An environment variable, as Boot maps {@code ARREARS_LATEFEE_POSTING} (and the
	 * older {@code ARREARS_LATE_FEE_POSTING}) to {@code arrears.late-fee.posting}.
	 */
	private Unknown checkVariable(String raw) {
		String variable = raw.toUpperCase(Locale.ROOT);
		if (!variable.startsWith(PREFIX.toUpperCase(Locale.ROOT) + "_")) {
			return null;
		}
		for (ConfigurationPropertyName name : names) {
			if (variable.equals(variable(name, "")) || variable.equals(variable(name, "_"))) {
				return null;
			}
		}
		for (ConfigurationPropertyName container : containers) {
			if (variable.startsWith(variable(container, "") + "_")
					|| variable.startsWith(variable(container, "_") + "_") || variable.equals(variable(container, ""))
					|| variable.equals(variable(container, "_"))) {
				return null;
			}
		}
		String meant = closest(variable.toLowerCase(Locale.ROOT).replace('_', '.'), true);
		return new Unknown(raw, "environment variable",
				meant == null ? null : variable(ConfigurationPropertyName.of(meant), "") + " (" + meant + ")");
	}

	private static String variable(ConfigurationPropertyName name, String dash) {
		return name.toString().toUpperCase(Locale.ROOT).replace("-", dash).replace('.', '_');
	}

	/**
	 * The known name nearest to the unknown one, when it is near enough to be the one
	 * meant: a letter or two wrong, missing or swapped, or a word left off the end.
	 */
	private String closest(String unknown, boolean dashesAsDots) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (ConfigurationPropertyName name : names) {
			String candidate = name.toString();
			String compared = dashesAsDots ? candidate.replace('-', '.') : candidate;
			int distance = compared.startsWith(unknown + (dashesAsDots ? "." : "-")) ? 1 : distance(unknown, compared);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return bestDistance <= Math.max(2, unknown.length() / 10) ? best : null;
	}

	/** Damerau-Levenshtein distance (optimal string alignment). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static String where(PropertySource<?> source, String raw) {
		if ("commandLineArgs".equals(source.getName())) {
			return "on the command line";
		}
		Origin origin = source instanceof OriginLookup<?> ? OriginLookup.getOrigin(source, raw) : null;
		return origin != null ? "in " + origin : "in " + source.getName();
	}

	/** The start is refused: properties of ours that nothing binds. */
	static final class UnknownPropertiesException extends IllegalArgumentException {

		private final transient List<Unknown> unknown;

		UnknownPropertiesException(List<Unknown> unknown) {
			super((unknown.size() == 1 ? "unknown property " : "unknown properties: ")
					+ String.join("; ", unknown.stream().map(Unknown::toString).toList()));
			this.unknown = List.copyOf(unknown);
		}

		List<Unknown> unknown() {
			return unknown;
		}

	}

}
