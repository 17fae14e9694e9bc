package io.arrears.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which encoding an import file is read in (SPEC §7), from its bytes: auto, and a named
 * encoding the bytes contradict.
 */
class FileEncodingTest {

	static final String HEADER = "household_code,estate_code,building,unit,room,area_sqm,owner_name,owner_phone,"
			+ "mailing_address,tags\n";

	static final String ROW_1 = "H1,E01,1,1,0101,100.00,张三丰,13800000001,锦绣花园1幢1单元0101室,\n";

	static final String ROW_2 = "H2,E01,1,1,0102,100.00,李四,13800000002,锦绣花园1幢1单元0102室,\n";

	static final Charset GBK = Charset.forName("GBK");

	@TempDir
	Path dir;

	@Test
	void autoReadsUtf8AsUtf8AndGbkAsGb18030() throws IOException {
		assertThat(FileEncoding.resolve(file(StandardCharsets.UTF_8), null)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(FileEncoding.resolve(file(GBK), null)).isEqualTo(FileEncoding.GB18030);
	}

	@Test
	void autoTakesAByteOrderMark() throws IOException {
		Path file = dir.resolve("bom.csv");
		Files.write(file, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				(HEADER + ROW_1).getBytes(StandardCharsets.UTF_8)));

		assertThat(FileEncoding.resolve(file, null)).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void aNamedEncodingThatTheBytesBearOutIsKept() throws IOException {
		assertThat(FileEncoding.resolve(file(GBK), GBK)).isEqualTo(GBK);
		assertThat(FileEncoding.resolve(file(GBK), FileEncoding.GB18030)).isEqualTo(FileEncoding.GB18030);
		assertThat(FileEncoding.resolve(file(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
			.isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void aGbkFileNamedUtf8IsRefusedNamingGbk() {
		assertThatThrownBy(() -> FileEncoding.resolve(file(GBK), StandardCharsets.UTF_8)).hasMessageStartingWith(
				"households.csv is not UTF-8: line 2 is not valid in it; it appears to be GBK (GB18030). "
						+ "Nothing was imported");
	}

	@Test
	void aUtf8FileNamedGbkIsRefusedNamingUtf8() {
		assertThatThrownBy(() -> FileEncoding.resolve(file(StandardCharsets.UTF_8), GBK))
			.hasMessageStartingWith("households.csv is named GBK but is UTF-8 (line 2 is UTF-8 Chinese): "
					+ "it appears to be UTF-8. Nothing was imported");
	}

	@Test
	void aFileMixingUtf8AndGbkIsRefusedWhateverIsNamed() throws IOException {
		Path mixed = dir.resolve("mixed.csv");
		Files.write(mixed,
				concat(concat(HEADER.getBytes(StandardCharsets.UTF_8), ROW_1.getBytes(StandardCharsets.UTF_8)),
						ROW_2.getBytes(GBK)));

		for (Charset named : new Charset[] { null, StandardCharsets.UTF_8, GBK, FileEncoding.GB18030 }) {
			assertThatThrownBy(() -> FileEncoding.resolve(mixed, named)).as(String.valueOf(named))
				.hasMessageStartingWith("mixed.csv mixes encodings: line 2 is UTF-8, line 3 is not "
						+ "(it appears to be GBK (GB18030)); save the whole file in one encoding");
		}
	}

	private Path file(Charset charset) throws IOException {
		Path file = dir.resolve("households.csv");
		Files.writeString(file, HEADER + ROW_1 + ROW_2, charset);
		return file;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
