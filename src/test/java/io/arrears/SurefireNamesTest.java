package io.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

/**
 * Every test the build compiles is one that Surefire runs. Surefire picks test classes by
 * name (its default includes {@code Test*}, {@code *Test}, {@code *Tests},
 * {@code *TestCase}; the pom sets no others) and skips nested classes ({@code *$*}), so a
 * class of tests named otherwise compiles, passes in an IDE and never runs in CI: the
 * jqwik properties of {@code RulesProperties} did exactly that.
 * <p>
 * Read from the compiled test classes rather than the sources, so that inherited tests
 * count: an abstract {@code XTests} holds the scenario and its {@code XH2Test} and
 * {@code XMySqlTest} subclasses run it.
 */
class SurefireNamesTest {

	/** Surefire's default includes, as regular expressions over the simple name. */
	private static final Pattern INCLUDED = Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase");

	@Test
	void everyClassHoldingTestsIsOneSurefireRuns() throws Exception {
		List<Class<?>> classes = testClasses();
		assertThat(classes).as("the scan finds the compiled test classes").contains(SurefireNamesTest.class);

		List<String> skipped = new ArrayList<>();
		for (Class<?> type : classes) {
			if (!holdsTests(type)) {
				continue;
			}
			if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
				boolean runSomewhere = classes.stream()
					.anyMatch(other -> other != type && type.isAssignableFrom(other) && runs(other));
				if (!runSomewhere) {
					skipped.add(type.getName() + ": abstract, and no class Surefire runs extends it");
				}
			}
			else if (!runs(type)) {
				skipped.add(type.getName() + (type.getEnclosingClass() != null
						? ": a nested class (Surefire skips those): make it a top-level class named *Test"
						: ": its name matches none of Test*, *Test, *Tests, *TestCase"));
			}
		}

		assertThat(skipped).as("classes holding tests that Surefire never runs").isEmpty();
	}

	/**
	 * Whether Surefire runs the (concrete) class: by its name, or as a JUnit @Nested one.
	 */
	private static boolean runs(Class<?> type) {
		if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
			return false;
		}
		Class<?> enclosing = type.getEnclosingClass();
		if (enclosing == null) {
			return INCLUDED.matcher(type.getSimpleName()).matches();
		}
		// Jupiter runs an inner @Nested class through the class around it
		return type.isAnnotationPresent(Nested.class) && !Modifier.isStatic(type.getModifiers()) && runs(enclosing);
	}

	/**
	 * Whether the class declares or inherits a test method: JUnit's {@code @Test},
	 * {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory}, jqwik's
	 * {@code @Property} and {@code @Example}: all are marked {@link Testable}.
	 */
	private static boolean holdsTests(Class<?> type) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Method method : c.getDeclaredMethods()) {
				for (Annotation annotation : method.getAnnotations()) {
					if (testable(annotation.annotationType(), new HashSet<>())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean testable(Class<? extends Annotation> type, Set<Class<?>> seen) {
		if (type == Testable.class) {
			return true;
		}
		if (!seen.add(type)) {
			return false;
		}
		for (Annotation meta : type.getAnnotations()) {
			if (testable(meta.annotationType(), seen)) {
				return true;
			}
		}
		return false;
	}

	private static List<Class<?>> testClasses() throws IOException, URISyntaxException, ClassNotFoundException {
		Path root = Path.of(SurefireNamesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Class<?>> classes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
				String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
				name = name.substring(0, name.length() - ".class".length());
				if (name.endsWith("package-info") || name.endsWith("module-info")) {
					continue;
				}
				Class<?> type = Class.forName(name, false, SurefireNamesTest.class.getClassLoader());
				if (!type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic()) {
					classes.add(type);
				}
			}
		}
		return classes;
	}

}
