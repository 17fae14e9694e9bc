package io.arrears.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.arrears.dunning.ShippedRules;
import io.arrears.dunning.Stage;
import io.arrears.document.EstateInfo;
import io.arrears.document.HouseholdRef;
import io.arrears.document.ListedHousehold;
import io.arrears.document.PublicName;

/**
 * The public lists of an estate from its stage history: who is listed, the share paid,
 * deadlines.
 */
class EstateListsTest {

	private static final LocalDate AS_OF = LocalDate.parse("2026-04-30");

	private static final EstateInfo ESTATE = new EstateInfo("E01", "锦绣花园", "安居物业服务有限公司", "", "李经理", "");

	private final EstateLists lists = new EstateLists(ShippedRules.ladder(), 7, 10);

	@Test
	void theBulletinListsBulletinAndLaterTheOpenLetterOpenLetterAndLaterWithTheirDeadlines() {
		EstatePosting posting = lists.of(estate(PublicName.NONE, Stage.CURRENT, Stage.GRACE, Stage.BULLETIN,
				Stage.REMINDER_10, Stage.OPEN_LETTER, Stage.LEGAL), AS_OF);

		assertThat(posting.bulletin().rows()).extracting(r -> r.household().room())
			.containsExactly("0103", "0104", "0105", "0106");
		assertThat(posting.openLetter().rows()).extracting(r -> r.household().room()).containsExactly("0105", "0106");
		assertThat(posting.bulletin().deadline()).isEqualTo("2026-05-07");
		assertThat(posting.openLetter().deadline()).isEqualTo("2026-05-10");
		assertThat(posting.bulletin().rows()).extracting(ListedHousehold::publicName).containsOnly("");
	}

	@Test
	void aHouseholdInGraceHasNotPaidThoughItIsNotListed() {
		EstatePosting posting = lists.of(estate(PublicName.NONE, Stage.CURRENT, Stage.CURRENT, Stage.GRACE), AS_OF);

		assertThat(posting.bulletin().rows()).isEmpty();
		assertThat(posting.bulletin().households()).isEqualTo(3);
		assertThat(posting.bulletin().householdsPaid()).isEqualTo(2);
		assertThat(posting.openLetter()).as("no open letter naming nobody").isNull();
		assertThat(posting.documents()).hasSize(1);
	}

	@Test
	void aMaskedSurnameEstateShowsOnlyTheSurname() {
		EstatePosting posting = lists.of(estate(PublicName.MASKED_SURNAME, Stage.LEGAL), AS_OF);

		assertThat(posting.bulletin().rows()).extracting(ListedHousehold::publicName).containsExactly("张**");
		assertThat(posting.bulletin().rows().get(0).amount()).isEqualByComparingTo("900.00");
	}

	private static EstateStages estate(PublicName names, Stage... stages) {
		List<HouseholdStage> households = new ArrayList<>();
		for (int i = 0; i < stages.length; i++) {
			boolean current = stages[i] == Stage.CURRENT;
			households.add(new HouseholdStage(new HouseholdRef("H" + (i + 1), "1", "1", "010" + (i + 1)), "张三丰",
					stages[i], current ? 0 : 60, current ? null : LocalDate.parse("2026-03-01"),
					current ? new BigDecimal("0.00") : new BigDecimal("900.00")));
		}
		return new EstateStages(ESTATE, names, households);
	}

}
