package io.arrears.document;

import java.math.BigDecimal;

/**
 * Test-side reader of money in Chinese capitals, written independently of ICU so that it
 * can check {@link ChineseAmount} (and the capitals printed in the PDFs) against the
 * figures.
 */
final class ChineseNumerals {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private ChineseNumerals() {
	}

	static BigDecimal parseMoney(String capitals) {
		String s = capitals.endsWith("整") ? capitals.substring(0, capitals.length() - 1) : capitals;
		long yuan = 0;
		int yuanAt = s.indexOf('元');
		if (yuanAt >= 0) {
			yuan = parseInteger(s.substring(0, yuanAt));
			s = s.substring(yuanAt + 1);
		}
		if (s.startsWith("零")) {
			s = s.substring(1);
		}
		long jiao = 0;
		long fen = 0;
		int jiaoAt = s.indexOf('角');
		if (jiaoAt >= 0) {
			jiao = digit(s.charAt(jiaoAt - 1));
			s = s.substring(jiaoAt + 1);
		}
		int fenAt = s.indexOf('分');
		if (fenAt >= 0) {
			fen = digit(s.charAt(fenAt - 1));
		}
		return BigDecimal.valueOf(yuan * 100 + jiao * 10 + fen, 2);
	}

	static long parseInteger(String s) {
		long total = 0;
		long section = 0;
		long number = 0;
		for (char c : s.toCharArray()) {
			switch (c) {
				case '拾' -> {
					section += (number == 0 ? 1 : number) * 10;
					number = 0;
				}
				case '佰' -> {
					section += number * 100;
					number = 0;
				}
				case '仟' -> {
					section += number * 1000;
					number = 0;
				}
				case '万' -> {
					total += (section + number) * 10_000;
					section = 0;
					number = 0;
				}
				case '亿' -> {
					total = (total + section + number) * 100_000_000;
					section = 0;
					number = 0;
				}
				default -> number = digit(c);
			}
		}
		return total + section + number;
	}

	private static int digit(char c) {
		int d = DIGITS.indexOf(c);
		if (d < 0) {
			throw new IllegalArgumentException("not a digit: " + c);
		}
		return d;
	}

}
