package io.arrears.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {

	@ParameterizedTest
	@CsvSource({ "0.00, 零元整", "0.05, 伍分", "0.50, 伍角整", "0.15, 壹角伍分", "1.00, 壹元整", "1.05, 壹元零伍分", "10.00, 壹拾元整",
			"16.00, 壹拾陆元整", "100.10, 壹佰元壹角整", "300.00, 叁佰元整", "1001.01, 壹仟零壹元零壹分", "1005.05, 壹仟零伍元零伍分",
			"1234.50, 壹仟贰佰叁拾肆元伍角整", "1409.50, 壹仟肆佰零玖元伍角整", "16409.02, 壹万陆仟肆佰零玖元零贰分", "100000.00, 壹拾万元整",
			"120000.00, 壹拾贰万元整", "100010.00, 壹拾万零壹拾元整", "1000100.00, 壹佰万零壹佰元整", "10010000.00, 壹仟零壹万元整",
			"10001000.00, 壹仟万壹仟元整", "20300405.60, 贰仟零叁拾万零肆佰零伍元陆角整", "30000201.00, 叁仟万零贰佰零壹元整",
			"99999999.99, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", })
	void writesMoneyTheWayVouchersAreFilledIn(String figure, String capitals) {
		assertThat(ChineseAmount.of(new BigDecimal(figure))).isEqualTo(capitals);
	}

	@Property(tries = 3000)
	void readsBackToTheSameFen(@ForAll @LongRange(min = 0, max = 9_999_999_999L) long fen) {
		BigDecimal amount = BigDecimal.valueOf(fen, 2);
		String capitals = ChineseAmount.of(amount);
		assertThat(ChineseNumerals.parseMoney(capitals)).isEqualByComparingTo(amount);
		assertThat(capitals).doesNotStartWith("拾").doesNotContain("零零");
		if (fen >= 100) {
			assertThat(capitals).doesNotContain("零元");
		}
		assertThat(capitals.endsWith("分") || capitals.endsWith("整")).isTrue();
	}

	@Property(tries = 300)
	void trailingZeroScaleDoesNotMatter(@ForAll @LongRange(min = 0, max = 99_999_999L) long yuan) {
		assertThat(ChineseAmount.of(new BigDecimal(yuan + ".00")))
			.isEqualTo(ChineseAmount.of(new BigDecimal(Long.toString(yuan))));
	}

	@org.junit.jupiter.api.Test
	void refusesWhatMoneyCannotBe() {
		assertThatThrownBy(() -> ChineseAmount.of(new BigDecimal("-1.00")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ChineseAmount.of(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> ChineseAmount.of(new BigDecimal("100000000.00")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
