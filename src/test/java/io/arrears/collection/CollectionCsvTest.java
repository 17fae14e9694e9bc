package io.arrears.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.arrears.dunning.NoticeKind;
import io.arrears.dunning.Team;
import io.arrears.limitation.ReceiptMethod;

/** The line-level reading of collectors, contacts, holds and receipts (SPEC §9, §10). */
class CollectionCsvTest {

	private static final LocalDateTime NOW = LocalDateTime.parse("2026-05-01T08:00:00");

	private static final CollectionSettings SETTINGS = CollectionSettings.defaults();

	private static final String CONTACTS = CollectionFile.CONTACTS.header();

	private static final String HOLDS = CollectionFile.HOLDS.header();

	private static final String RECEIPTS = CollectionFile.RECEIPTS.header();

	@Test
	void aCollectorWithBuildingsAndTheImportsTime() {
		Parsed<Collector> row = CollectionCsv.collector(CollectionFile.COLLECTORS.header(), 2,
				"C01,陈主管,13900000001,SUPERVISOR,E01,1;3 ,true", NOW);
		assertThat(row.value())
			.isEqualTo(new Collector("C01", "陈主管", "13900000001", Team.SUPERVISOR, "E01", Set.of("1", "3"), true, NOW));
		assertThat(row.recordedAtGiven()).isFalse();
		assertThat(
				CollectionCsv.collector(CollectionFile.COLLECTORS.header(), 3, "C02,李,,BOSS,E01,,yes", NOW).rejection())
			.startsWith("unknown team 'BOSS', expected one of PRIOR_YEAR, MANAGER, SUPERVISOR");
		assertThat(CollectionCsv.collector(CollectionFile.COLLECTORS.header(), 3, "C02,李,,MANAGER,E01,,yes", NOW)
			.rejection()).isEqualTo("bad value in active: 'yes', expected true or false");
	}

	@Test
	void aPromiseWithoutAmountAndAQuotedNoteWithACommaAreRead() {
		Parsed<Contact> row = CollectionCsv.contact(CONTACTS, 2,
				"K1,H12,C01,2026-01-25,VISIT,PROMISED,2026-02-01,,\"上门,业主答应\",2026-01-25T18:30:00", NOW, SETTINGS);
		assertThat(row.isRejected()).isFalse();
		assertThat(row.value().promiseAmount()).isNull();
		assertThat(row.value().note()).isEqualTo("上门,业主答应");
		assertThat(row.value().recordedAt()).isEqualTo("2026-01-25T18:30:00");
		assertThat(row.recordedAtGiven()).isTrue();
		Parsed<Contact> now = CollectionCsv.contact(CONTACTS, 3, "K2,H2,C01,2026-01-20,PHONE,NO_ANSWER,,,,", NOW,
				SETTINGS);
		assertThat(now.value().recordedAt()).isEqualTo(NOW);
		assertThat(now.recordedAtGiven()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					K1,H1,C01,2026-01-25,PHONE,PROMISED,2026-02-10,,,   | promise_date 2026-02-10 is more than 15 days (max-promise-days) after contacted_on 2026-01-25
					K1,H1,C01,2026-01-25,PHONE,PROMISED,,,,             | missing field promise_date: a PROMISED contact says by when
					K1,H1,C01,2026-01-25,PHONE,PROMISED,2026-01-24,,,   | promise_date 2026-01-24 is before contacted_on 2026-01-25
					K1,H1,C01,2026-01-25,PHONE,PROMISED,2026-02-01,0,,  | negative or zero promise_amount: 0.00
					K1,H1,C01,2026-01-25,PHONE,REFUSED,2026-02-01,,,    | promise_date or promise_amount given on a REFUSED contact: only a PROMISED contact makes a promise
					K1,H1,C01,2026-01-25,FAX,NO_ANSWER,,,,              | unknown channel 'FAX', expected one of PHONE, VISIT, WECHAT, SMS, LETTER, OTHER
					K1,H1,C01,2026-01-25,PHONE,MAYBE,,,,                | unknown outcome 'MAYBE', expected one of NO_ANSWER, UNREACHABLE, PROMISED, DISPUTED, REFUSED, PAID_ELSEWHERE, OTHER
					LF:K1,H1,C01,2026-01-25,PHONE,NO_ANSWER,,,,         | reference 'LF:K1' begins with LF:, which is reserved for what the pipeline posts
					K1,H1,,2026-01-25,PHONE,NO_ANSWER,,,,               | missing field collector_code
					K1,H1,C01,2026-1-25,PHONE,NO_ANSWER,,,,             | bad date in contacted_on: '2026-1-25', expected YYYY-MM-DD
					K1,H1,C01,2026-01-25,PHONE,NO_ANSWER,,,,2026-01-24T10:00:00 | contacted_on 2026-01-25 is after recorded_at 2026-01-24T10:00: a row cannot be recorded before it happened
					K1,H1,C01,2026-01-25,PHONE,NO_ANSWER,,,             | wrong column count: expected 10, found 9
					K1,H1,C01,2026-01-25,PHONE,NO_ANSWER,,,a"b,         | malformed field note (column 9): stray or unbalanced quote
					""")
	void aBadContactIsRejectedWithItsReason(String line, String reason) {
		Parsed<Contact> row = CollectionCsv.contact(CONTACTS, 7, line.strip(), NOW, SETTINGS);
		assertThat(row.rejection()).isEqualTo(reason);
		assertThat(row.line()).isEqualTo(7);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					HD1,H13,DISPUTE,2026-02-10,,李经理,,        | missing field until_date: a DISPUTE hold ends on a date
					HD1,H13,DISPUTE,2026-02-10,2026-05-12,李经理,, | until_date 2026-05-12 is more than 90 days (max-hold-days) after from_date 2026-02-10
					HD1,H13,DISPUTE,2026-02-10,2026-02-09,李经理,, | until_date 2026-02-09 is before from_date 2026-02-10
					HD1,H13,RELEASE,2026-02-10,2026-02-20,李经理,, | until_date given on a RELEASE: a release ends holds from its from_date on
					HD1,H13,DISPUTE,2026-02-10,2026-04-10,,,       | missing field approved_by
					HD1,H13,HOLIDAY,2026-02-10,2026-04-10,李经理,, | unknown reason 'HOLIDAY', expected one of DISPUTE, HARDSHIP, VACANT, LITIGATION, OTHER, RELEASE
					""")
	void aBadHoldIsRejectedWithItsReason(String line, String reason) {
		assertThat(CollectionCsv.hold(HOLDS, 2, line.strip(), NOW, SETTINGS).rejection()).isEqualTo(reason);
	}

	@Test
	void aReleaseHasNoUntilDateAndAHoldOfNinetyDaysIsAccepted() {
		assertThat(
				CollectionCsv.hold(HOLDS, 2, "HD2,H14,RELEASE,2026-02-15,,李经理,业主已出院,2026-02-15T09:00:00", NOW, SETTINGS)
					.value()
					.isRelease())
			.isTrue();
		assertThat(CollectionCsv.hold(HOLDS, 3, "HD3,H14,HARDSHIP,2026-01-01,2026-04-01,李经理,,", NOW, SETTINGS)
			.value()
			.untilDate()).isEqualTo("2026-04-01");
	}

	@Test
	void aReceiptNamesTheNoticeByItsRegistryKey() {
		Parsed<io.arrears.limitation.Receipt> row = CollectionCsv.receipt(RECEIPTS, 3,
				"H2,LAWYER_LETTER,0,2026-01-05,2026-03-09,EMS,EA123456789CN,2026-03-10T09:00:00", NOW);
		assertThat(row.value().notice()).isEqualTo(
				new io.arrears.limitation.NoticeKey("H2", NoticeKind.LAWYER_LETTER, 0, LocalDate.parse("2026-01-05")));
		assertThat(row.value().method()).isEqualTo(ReceiptMethod.EMS);
		assertThat(row.value().evidence()).isEqualTo("EMS EA123456789CN");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					H2,REMINDER,11,2026-01-05,2026-02-08,SIGNED,,        | a REMINDER is numbered 1 to 10, found 11
					H2,LAWYER_LETTER,1,2026-01-05,2026-03-09,SIGNED,,    | a LAWYER_LETTER is number 0, found 1
					H2,CASE_FILE,0,2026-01-05,2026-03-09,SIGNED,,        | a CASE_FILE goes to the arbitration, not to the owner: a claim filed is a LITIGATION hold
					H2,LAWYER_LETTER,0,2026-01-05,2026-03-09,EMS,,       | missing field tracking: a receipt by EMS is proved by its tracking number or witness
					H2,LAWYER_LETTER,0,2026-01-05,2026-03-09,PIGEON,,    | unknown method 'PIGEON', expected one of SIGNED, EMS, REGISTERED_MAIL, HAND, ELECTRONIC
					H2,REMINDER,6,2026-01-05,2026-01-04,SIGNED,,         | received_on 2026-01-04 is before the episode's due date 2026-01-05: no notice of that episode existed yet
					H2,REMINDER,six,2026-01-05,2026-02-08,SIGNED,,       | bad number in number: 'six', expected a whole number
					""")
	void aBadReceiptIsRejectedWithItsReason(String line, String reason) {
		assertThat(CollectionCsv.receipt(RECEIPTS, 2, line.strip(), NOW).rejection()).isEqualTo(reason);
	}

	@Test
	void aFileWithAnotherHeaderIsRefusedWhole() {
		assertThatThrownBy(
				() -> CollectionCsv.hold(CONTACTS, 2, "K1,H1,C01,2026-01-25,PHONE,NO_ANSWER,,,,", NOW, SETTINGS))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("not a holds file: its header is 'reference,household_code,collector_code");
		assertThat(
				CollectionCsv.contact("\uFEFF" + CONTACTS, 2, "K1,H1,C01,2026-01-25,PHONE,NO_ANSWER,,,,", NOW, SETTINGS)
					.isRejected())
			.isFalse();
	}

}
