package io.arrears.document;

import io.arrears.dunning.NoticeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where each estate's owners pay online (SPEC §11): a default template for every estate,
 * and templates of single estates that replace it. A document gets a payment URL only
 * when its estate has a template and it asks for money: a reminder, a lawyer's letter, a
 * case file, and a festival card that carries a warm reminder of arrears. The bulletin
 * and the open letter are public and name no one's debt in a URL; a card to a household
 * that owes nothing has nothing to pay.
 *
 * <p>
 * {@code {notice}} is the notice's number as the page prints it: {@code H2-20260105-3}
 * for the third reminder of the episode due 2026-01-05 (编号), {@code H2-20260105} for the
 * lawyer's letter of that episode (律函字第…号). A card and a case file print no number of
 * their own; theirs names the document the way its file does:
 * {@code H2-SPRING-FESTIVAL-2027}, {@code H2-CASE-FILE-20260420}.
 */
public final class PaymentUrls {

	private static final PaymentUrls NONE = new PaymentUrls(null, Map.of());

	private final PaymentUrlTemplate fallback;

	private final Map<String, PaymentUrlTemplate> byEstate;

	/**
	 * @param fallback the template of every estate without one of its own; null for none
	 * @param byEstate templates by estate code (matched ignoring case, as configuration
	 * keys are); a null template: that estate has no payment address even when
	 * {@code fallback} is set
	 */
	public PaymentUrls(PaymentUrlTemplate fallback, Map<String, PaymentUrlTemplate> byEstate) {
		this.fallback = fallback;
		this.byEstate = new HashMap<>();
		byEstate.forEach((code, template) -> this.byEstate.put(code.toLowerCase(Locale.ROOT), template));
	}

	/** No estate has a payment address: no document carries a code. */
	public static PaymentUrls none() {
		return NONE;
	}

	/** The URL the document's QR code encodes, if it carries one. */
	public Optional<String> of(Document document) {
		PaymentUrlTemplate template = template(document.estate().code());
		if (template == null) {
			return Optional.empty();
		}
		String notice;
		HouseholdRef household;
		BigDecimal amount;
		if (document instanceof HouseholdNotice n) {
			household = n.household();
			notice = household.code() + "-" + compact(n.episodeDueDate())
					+ (n.kind() == NoticeKind.REMINDER ? "-" + n.number() : "");
			amount = n.total();
		}
		else if (document instanceof FestivalCard c && c.inArrears()) {
			household = c.household();
			notice = household.code() + "-" + c.festival().name().replace('_', '-') + "-" + c.festivalDate().getYear();
			amount = c.arrears();
		}
		else if (document instanceof CaseFile f) {
			household = f.household();
			notice = household.code() + "-CASE-FILE-" + compact(f.asOf());
			amount = f.total();
		}
		else {
			return Optional.empty();
		}
		if (amount.signum() <= 0) {
			return Optional.empty();
		}
		return Optional.of(template.fill(document.estate().code(), household.code(), notice, amount));
	}

	private PaymentUrlTemplate template(String estateCode) {
		String key = estateCode.toLowerCase(Locale.ROOT);
		return byEstate.containsKey(key) ? byEstate.get(key) : fallback;
	}

	private static String compact(LocalDate date) {
		return date.toString().replace("-", "");
	}

}
