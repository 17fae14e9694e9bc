package io.arrears.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Notices per second, one file each versus one print batch. A main class, not a test:
 * timings depend on the machine and must not fail a build. Run after
 * {@code mvn test-compile}: <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     io.arrears.document.RenderingBenchmark 500
 * </pre>
 */
final class RenderingBenchmark {

	public static void main(String[] args) throws IOException {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
		Path out = Files.createTempDirectory("arrears-bench");
		DocumentRenderer renderer = new DocumentRenderer();
		List<HouseholdNotice> notices = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			HouseholdNotice n = SampleDocuments.reminder(i % 10 + 1);
			HouseholdRef household = new HouseholdRef("H" + i, Integer.toString(i / 100 + 1),
					Integer.toString(i / 20 % 5 + 1), String.format("%02d%02d", i / 4 % 30 + 1, i % 4 + 1));
			notices.add(HouseholdNotice.of(n.estate(), household, n.ownerName(), n.mailingAddress(), n.kind(),
					n.number(), n.asOf(), n.episodeDueDate(), n.lines(), n.deadline(), null));
		}
		// warm-up: compile the template and let the JIT see the paths
		for (int i = 0; i < 20; i++) {
			renderer.render(notices.get(i), out.resolve("warm"));
		}
		renderer.renderBatch(notices.subList(0, 20), out, "warm-batch");

		long start = System.nanoTime();
		for (HouseholdNotice n : notices) {
			renderer.render(n, out.resolve("single"));
		}
		double single = count / ((System.nanoTime() - start) / 1e9);

		start = System.nanoTime();
		RenderedDocument batch = renderer.renderBatch(notices, out, "batch");
		double batched = count / ((System.nanoTime() - start) / 1e9);

		long singleBytes;
		try (Stream<Path> files = Files.list(out.resolve("single"))) {
			singleBytes = files.mapToLong(f -> f.toFile().length()).sum();
		}
		System.out.printf("notices: %d%n", count);
		System.out.printf("single files: %.1f notices/s, %.1f KB per file%n", single, singleBytes / 1024.0 / count);
		System.out.printf("print batch:  %.1f notices/s, %d pages, %.1f KB in all%n", batched, batch.pages(),
				Files.size(batch.file()) / 1024.0);
		try (Stream<Path> files = Files.walk(out)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

}
