package io.arrears.document;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Money in Chinese capitals (大写), as written on receipts, cheques and letters:
 * {@code 1234.50 -> 壹仟贰佰叁拾肆元伍角整}, {@code 1005.05 -> 壹仟零伍元零伍分}.
 *
 * <p>
 * ICU's financial spell-out ({@code %spellout-cardinal-financial}, locale zh) writes the
 * numerals; this class only composes 元/角/分/整 around them, following the People's Bank
 * rules for filling in vouchers (正确填写票据和结算凭证的基本规定):
 * <ul>
 * <li>"整" after 元 or 角 when there are no 分; none after 分;</li>
 * <li>"零" after 元 when 角 is 0 and 分 is not (壹元零伍分);</li>
 * <li>the optional 零 when only the 元 digit is 0 (壹佰元壹角) is left out;</li>
 * <li>拾 at the head of a section is written 壹拾 (壹拾元整, 壹拾贰万元整), since ICU writes the
 * spoken 拾 and a bare 拾 on a money document invites alteration;</li>
 * <li>amounts under one yuan start with 角 or 分 (伍分), zero is 零元整.</li>
 * </ul>
 */
public final class ChineseAmount {

	/**
	 * Below one 亿. ICU drops the 零 after 亿 (100100000 comes out 壹亿拾万, not 壹亿零壹拾万), and no
	 * household's fees come near it, so larger amounts are refused rather than
	 * misspelled.
	 */
	private static final BigDecimal MAX = new BigDecimal("99999999.99");

	private static final ThreadLocal<RuleBasedNumberFormat> FINANCIAL = ThreadLocal.withInitial(() -> {
		// RuleBasedNumberFormat is not thread-safe; one per thread keeps batch steps
		// independent.
		RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
		format.setDefaultRuleSet("%spellout-cardinal-financial");
		return format;
	});

	/** A 拾 that starts the number or follows 零, 万 or 亿: financial style writes 壹拾. */
	private static final Pattern BARE_TEN = Pattern.compile("(^|[零万亿])拾");

	private ChineseAmount() {
	}

	/**
	 * The amount in Chinese capitals.
	 * @param amount 0 to 99,999,999.99, at most two decimals (a third decimal is a
	 * caller's bug, not rounded away)
	 */
	public static String of(BigDecimal amount) {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("negative amount: " + amount);
		}
		if (amount.compareTo(MAX) > 0) {
			throw new IllegalArgumentException("amount too large: " + amount);
		}
		BigDecimal fen = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
		long totalFen = fen.longValueExact();
		long yuan = totalFen / 100;
		int jiao = (int) (totalFen / 10 % 10);
		int fenDigit = (int) (totalFen % 10);

		StringBuilder out = new StringBuilder();
		if (yuan > 0) {
			out.append(spell(yuan)).append('元');
		}
		if (jiao > 0) {
			out.append(spell(jiao)).append('角');
		}
		else if (fenDigit > 0 && yuan > 0) {
			out.append('零');
		}
		if (fenDigit > 0) {
			out.append(spell(fenDigit)).append('分');
		}
		else if (totalFen == 0) {
			out.append("零元整");
		}
		else {
			out.append('整');
		}
		return out.toString();
	}

	private static String spell(long number) {
		String spelled = FINANCIAL.get().format(number);
		return BARE_TEN.matcher(spelled).replaceAll("$1壹拾");
	}

}
