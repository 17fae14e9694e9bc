package io.arrears.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Which encoding an import file is in (SPEC §7), found before anything of it is stored:
 * mojibake in an append-only ledger can never be corrected. {@code auto} takes a
 * byte-order mark, else UTF-8 when every line decodes as such, else GB18030 (of which GBK
 * is a part). A named encoding that the bytes contradict refuses the file, naming the
 * encoding it appears to be; so does a file that mixes UTF-8 lines with lines in another
 * encoding, whatever was named.
 *
 * <p>
 * The file is read once, a line at a time (a CSV line break is the byte {@code 0x0A} in
 * UTF-8, GBK and GB18030 alike, never part of a character), so a file of any size is
 * checked in memory bounded by its longest line. A line is counted as UTF-8 only when it
 * holds a character of three bytes or more (as every Chinese character is): text in GBK
 * now and then happens to form valid two-byte UTF-8 sequences, and would otherwise be
 * taken for a mix.
 */
public final class FileEncoding {

	static final Charset GB18030 = Charset.forName("GB18030");

	static final Charset GBK = Charset.forName("GBK");

	private static final byte[] UTF_8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] GB18030_BOM = { (byte) 0x84, 0x31, (byte) 0x95, 0x33 };

	private static final int SAMPLE = 64 * 1024;

	/** What the bytes of a file say, line by line; 0 where no such line was seen. */
	private record Scan(Charset bom, long utf8Line, long notUtf8Line, long notNamedLine, long notGb18030Line,
			long foreignLine, byte[] sample) {
	}

	private FileEncoding() {
	}

	/**
	 * The encoding to read {@code file} in: {@code named}, checked against the bytes, or
	 * the one found when {@code named} is {@code null} (auto).
	 * @throws IllegalStateException naming the encoding the file appears to be, when the
	 * bytes contradict {@code named} or mix encodings
	 */
	public static Charset resolve(Path file, Charset named) throws IOException {
		Scan scan = scan(file, named);
		String name = file.getFileName().toString();
		if (scan.bom() != null) {
			if (named != null && !sameFamily(named, scan.bom())) {
				throw refused(name + " is named " + named.name() + " but begins with the byte-order mark of "
						+ scan.bom().name() + ": it appears to be " + scan.bom().name());
			}
			if (!scan.bom().equals(StandardCharsets.UTF_8)) {
				return scan.bom();
			}
		}
		if (scan.utf8Line() > 0 && scan.notUtf8Line() > 0) {
			throw refused(name + " mixes encodings: line " + scan.utf8Line() + " is UTF-8, line " + scan.notUtf8Line()
					+ " is not (it appears to be " + appearance(scan) + "); save the whole file in one encoding");
		}
		if (scan.bom() != null && scan.notUtf8Line() > 0) {
			throw refused(name + " begins with the byte-order mark of UTF-8 but line " + scan.notUtf8Line()
					+ " is not UTF-8: it appears to be " + appearance(scan));
		}
		if (named == null || scan.bom() != null) {
			if (scan.notUtf8Line() == 0) {
				return StandardCharsets.UTF_8;
			}
			if (scan.notGb18030Line() == 0) {
				return GB18030;
			}
			throw refused(name + " is neither UTF-8 nor GBK/GB18030 (line " + scan.notGb18030Line()
					+ " is valid in neither): it appears to be " + appearance(scan));
		}
		if (!named.equals(StandardCharsets.UTF_8) && scan.utf8Line() > 0 && scan.notUtf8Line() == 0) {
			throw refused(name + " is named " + named.name() + " but is UTF-8 (line " + scan.utf8Line()
					+ " is UTF-8 Chinese): it appears to be UTF-8");
		}
		if (scan.notNamedLine() > 0) {
			throw refused(name + " is not " + named.name() + ": line " + scan.notNamedLine()
					+ " is not valid in it; it appears to be " + appearance(scan));
		}
		return named;
	}

	private static IllegalStateException refused(String message) {
		return new IllegalStateException(
				message + ". Nothing was imported: import it again with --encoding auto, or with the encoding named");
	}

	private static boolean sameFamily(Charset named, Charset bom) {
		return named.equals(bom) || bom.name().startsWith("UTF-16") && named.name().startsWith("UTF-16")
				|| bom.equals(GB18030) && named.equals(GBK);
	}

	/**
	 * The encoding the file (its lines that are not UTF-8, when some are) appears to be
	 * in, for a refusal's message.
	 */
	private static String appearance(Scan scan) {
		if (scan.notUtf8Line() == 0) {
			return "UTF-8";
		}
		if (scan.foreignLine() == 0) {
			return "GBK (GB18030)";
		}
		// neither: ask ICU for a second opinion on the lines that are not UTF-8
		CharsetDetector detector = new CharsetDetector();
		detector.setText(scan.sample());
		CharsetMatch match = detector.detect();
		return match == null ? "an encoding neither UTF-8 nor GBK" : match.getName() + " (by ICU's guess)";
	}

	private static Scan scan(Path file, Charset named) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			Charset bom = bom(head);
			if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
				return new Scan(bom, 0, 0, 0, 0, 0, new byte[0]);
			}
			// a UTF-8 mark is read on: the lines after it must be UTF-8 too
			Lines lines = new Lines(bom, named);
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			line.write(head);
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				int start = 0;
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						line.write(buffer, start, i - start);
						start = i + 1;
						lines.check(line.toByteArray());
						line.reset();
					}
				}
				line.write(buffer, start, n - start);
			}
			if (line.size() > 0) {
				// the last line, without a line break
				lines.check(line.toByteArray());
			}
			return lines.scan();
		}
	}

	/** The lines seen so far, and the first of each kind that matters. */
	private static final class Lines {

		private final CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);

		private final CharsetDecoder gb18030 = strict(GB18030);

		private final CharsetDecoder named;

		private final ByteArrayOutputStream sample = new ByteArrayOutputStream();

		private long number;

		private long utf8Line;

		private long notUtf8Line;

		private long notNamedLine;

		private long notGb18030Line;

		private long foreignLine;

		private final Charset bom;

		Lines(Charset bom, Charset named) {
			this.bom = bom;
			this.named = named == null ? null : strict(named);
		}

		void check(byte[] bytes) {
			number++;
			if (isAscii(bytes)) {
				return;
			}
			boolean isUtf8 = decodes(utf8, bytes);
			boolean isGb18030 = decodes(gb18030, bytes);
			if (isUtf8) {
				if (utf8Line == 0 && hasLongSequence(bytes)) {
					utf8Line = number;
				}
			}
			else {
				if (notUtf8Line == 0) {
					notUtf8Line = number;
				}
				if (sample.size() < SAMPLE) {
					sample.writeBytes(bytes);
					sample.write('\n');
				}
			}
			if (notGb18030Line == 0 && !isGb18030) {
				notGb18030Line = number;
			}
			if (foreignLine == 0 && !isUtf8 && !isGb18030) {
				foreignLine = number;
			}
			if (named != null && notNamedLine == 0 && !decodes(named, bytes)) {
				notNamedLine = number;
			}
		}

		Scan scan() {
			return new Scan(bom, utf8Line, notUtf8Line, notNamedLine, notGb18030Line, foreignLine,
					sample.toByteArray());
		}

	}

	private static Charset bom(byte[] head) {
		if (startsWith(head, UTF_8_BOM)) {
			return StandardCharsets.UTF_8;
		}
		if (startsWith(head, GB18030_BOM)) {
			return GB18030;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16;
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static boolean decodes(CharsetDecoder decoder, byte[] bytes) {
		try {
			decoder.reset().decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	/** Whether the bytes hold a lead byte of a UTF-8 sequence of three or four bytes. */
	private static boolean hasLongSequence(byte[] bytes) {
		for (byte b : bytes) {
			if ((b & 0xF0) == 0xE0 || (b & 0xF8) == 0xF0) {
				return true;
			}
		}
		return false;
	}

}
