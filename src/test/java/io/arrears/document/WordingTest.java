package io.arrears.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the editable templates and wording under templates/ as a manager might leave
 * them.
 */
class WordingTest {

	private static final Path TEMPLATES = Path.of("templates");

	/**
	 * Civil Code art. 944: a property-service provider may not collect fees by cutting
	 * water, power, heat or gas. No document may so much as mention it, even as a threat.
	 */
	private static final List<String> FORBIDDEN = List.of("停水", "停电", "断水", "断电", "停暖", "断暖", "停气", "断气", "限电", "限水",
			"停止供", "供电", "供水", "供暖", "供热", "供气", "燃气", "煤气", "天然气", "暖气", "拉闸", "停供");

	@Test
	void noDocumentThreatensToCutWaterPowerHeatOrGas() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> all = files.filter(Files::isRegularFile).toList();
			assertThat(all).hasSizeGreaterThanOrEqualTo(12);
			for (Path file : all) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				for (String word : FORBIDDEN) {
					assertThat(text).as("%s mentions %s", file, word).doesNotContain(word);
				}
			}
		}
	}

	@Test
	void tenRemindersHaveTenDistinctWordings() {
		Wording reminder = Wording.load(TemplateSource.folder(TEMPLATES), "reminder");
		Set<String> bodies = new HashSet<>();
		for (int n = 1; n <= 10; n++) {
			for (String part : List.of("salutation", "body", "deadline", "closing")) {
				assertThat(reminder.has("reminder." + n + "." + part)).as("reminder.%d.%s", n, part).isTrue();
			}
			bodies.add(reminder.text("reminder." + n + ".body", new PlaceholderEcho()));
		}
		assertThat(bodies).hasSize(10);
	}

	@Test
	void wordingReadsAsUtf8Chinese() {
		Wording common = Wording.load(TemplateSource.folder(TEMPLATES), "common");
		assertThat(common.text("payment.title", new PlaceholderEcho())).isEqualTo("缴费方式");
	}

	/**
	 * Fills any placeholder with its own name, so a wording can be read without a
	 * document.
	 */
	private static final class PlaceholderEcho extends AbstractMap<String, String> {

		@Override
		public String get(Object key) {
			return "<" + key + ">";
		}

		@Override
		public Set<Entry<String, String>> entrySet() {
			return Set.of();
		}

	}

}
