package io.arrears.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConverterNotFoundException;

/**
 * The one line that says why a command failed. Spring wraps a bad setting or an
 * unreachable database in layers of bean-creation errors that say nothing to an operator;
 * the cause that does is found and said in the operator's terms: which property, which
 * value, what it may be; which server, at which host and port.
 */
final class Failures {

	private static final Pattern MYSQL_URL = Pattern
		.compile("jdbc:(?:mysql|mariadb):(?:loadbalance:|replication:)?//([^/:?,]+)(?::(\\d+))?(/[^?]*)?.*");

	private Failures() {
	}

	static String describe(Throwable e, List<String> springArgs) {
		BindException bind = find(e, BindException.class);
		if (bind != null && bind.getProperty() != null && (find(e, ConversionFailedException.class) != null
				|| find(e, ConverterNotFoundException.class) != null)) {
			return badValue(bind);
		}
		String database = unreachable(e, springArgs);
		if (database != null) {
			return database;
		}
		return rootMessage(e);
	}

	private static String badValue(BindException bind) {
		ConfigurationProperty property = bind.getProperty();
		Class<?> type = bind.getTarget().getType().resolve(Object.class);
		return property.getName() + ": '" + property.getValue() + "' " + origin(property.getOrigin()) + " is not "
				+ expected(type);
	}

	/** What a value of the type looks like, in the operator's words. */
	static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.collect(Collectors.joining(", "));
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == Duration.class) {
			return "a duration such as 30s, 2m or 1h";
		}
		if (ZoneId.class.isAssignableFrom(type)) {
			return "a time zone such as Asia/Shanghai";
		}
		return "a valid " + type.getSimpleName();
	}

	private static String origin(Origin origin) {
		if (origin instanceof PropertySourceOrigin source
				&& "commandLineArgs".equals(source.getPropertySource().getName())) {
			return "(on the command line)";
		}
		if (origin instanceof SystemEnvironmentOrigin environment) {
			return "(environment variable " + environment.getProperty() + ")";
		}
		return origin == null ? "" : "(" + origin + ")";
	}

	/**
	 * Why the database could not be reached or used, naming its host and port; null when
	 * that is not why the command failed.
	 */
	private static String unreachable(Throwable e, List<String> springArgs) {
		boolean network = find(e, ConnectException.class) != null || find(e, UnknownHostException.class) != null
				|| find(e, NoRouteToHostException.class) != null || find(e, SocketTimeoutException.class) != null;
		SQLException sql = find(e, SQLException.class);
		String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
		boolean refused = state.startsWith("28") || (sql != null && sql.getErrorCode() == 1049);
		// an SQL error in the chain: a broker that cannot be reached is not the database
		if (sql == null || !network && !state.startsWith("08") && !refused) {
			return null;
		}
		String url = springArgs.stream()
			.filter(arg -> arg.startsWith("--spring.datasource.url="))
			.reduce((first, second) -> second)
			.map(arg -> arg.substring("--spring.datasource.url=".length()))
			.orElse(null);
		String server = server(url);
		String why = find(e, UnknownHostException.class) != null
				? "unknown host " + find(e, UnknownHostException.class).getMessage() : rootMessage(e);
		if (refused) {
			return "the database server at " + server + " refused: " + why;
		}
		return "cannot connect to the database server at " + server + ": " + why
				+ " (is it running, and is that its host and port?)";
	}

	/** {@code host:port (url)} of a MySQL URL, the URL itself otherwise. */
	static String server(String url) {
		if (url == null) {
			return "spring.datasource.url";
		}
		Matcher m = MYSQL_URL.matcher(url);
		if (!m.matches()) {
			return url;
		}
		return m.group(1) + ":" + (m.group(2) != null ? m.group(2) : "3306") + " (" + url + ")";
	}

	private static <T extends Throwable> T find(Throwable e, Class<T> type) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
	}

}
