package io.arrears.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.arrears.document.DocumentRenderer;

/**
 * Writes each estate's pack under {@code <output>/<estate>/<date>/MONTH_END/}: the aging
 * CSV, the figures CSV, the twelve-month CSV, the collectors' month CSV, the CSV of the
 * charges whose limitation period ends in the month, and the PDF. Each file is written
 * beside its name and moved into place, so that finance never opens half a report;
 * rewriting a pack gives the same bytes.
 */
class MonthEndPackWriter implements ItemWriter<MonthEndPack> {

	/** The folder of the pack inside an estate's date folder. */
	static final String FOLDER = "MONTH_END";

	/**
	 * Files per estate: aging, figures, trend, collectors and limitation CSV, and the
	 * PDF.
	 */
	static final int FILES_PER_ESTATE = 6;

	private final Path outputDir;

	private final MonthEndReport report;

	private final FinanceProperties properties;

	MonthEndPackWriter(Path outputDir, MonthEndReport report, FinanceProperties properties) {
		this.outputDir = outputDir;
		this.report = report;
		this.properties = properties;
	}

	/** The files of one estate's pack, in the order listed to the operator. */
	static List<String> fileNames(LocalDate asOf) {
		return List.of("aging-" + asOf + ".csv", "kpi-" + asOf + ".csv", "kpi-trend-" + asOf + ".csv",
				"collection-" + asOf + ".csv", "limitation-ended-" + asOf + ".csv", "month-end-" + asOf + ".pdf");
	}

	@Override
	public void write(Chunk<? extends MonthEndPack> chunk) {
		for (MonthEndPack pack : chunk) {
			Path folder = DocumentRenderer.folder(outputDir, pack.estate().code(), pack.asOf(), FOLDER);
			List<String> names = fileNames(pack.asOf());
			write(folder.resolve(names.get(0)), MonthEndCsv.aging(pack).getBytes(StandardCharsets.UTF_8));
			write(folder.resolve(names.get(1)), MonthEndCsv.kpis(pack, properties).getBytes(StandardCharsets.UTF_8));
			write(folder.resolve(names.get(2)), MonthEndCsv.trend(pack).getBytes(StandardCharsets.UTF_8));
			write(folder.resolve(names.get(3)), MonthEndCsv.collection(pack).getBytes(StandardCharsets.UTF_8));
			write(folder.resolve(names.get(4)), MonthEndCsv.limitationEnded(pack).getBytes(StandardCharsets.UTF_8));
			write(folder.resolve(names.get(5)), report.render(pack));
		}
	}

	private static void write(Path file, byte[] content) {
		try {
			Files.createDirectories(file.getParent());
			Path partial = file.resolveSibling(file.getFileName() + ".part");
			Files.write(partial, content);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

}
