package io.arrears.document;

import java.util.Set;

/**
 * How an owner may appear on a public list (bulletin board, open letter): an estate
 * setting.
 *
 * <p>
 * By default not at all: Chinese courts have held that posting an owner's name over
 * arrears infringes personal information. {@link #MASKED_SURNAME} shows the surname and
 * two asterisks whatever the length of the given name (张** for 张三丰 and for 张三), so the
 * list does not reveal even that. A leading two-character compound surname (复姓, 欧阳 in
 * 欧阳五) is kept whole when the name is longer than two characters; a two-character name is
 * always read as a one-character surname, since 欧阳 alone is more likely 欧 + given name 阳.
 * Double surnames made of two single ones (张李明) cannot be told from a given name and show
 * the first character only.
 */
public enum PublicName {

	/** No name: building-unit-room only. */
	NONE,
	/** Surname followed by two asterisks. */
	MASKED_SURNAME;

	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
			"长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "南宫", "西门", "独孤", "澹台", "公冶", "宗政", "濮阳", "太叔", "申屠", "钟离", "闻人",
			"赫连", "万俟", "拓跋", "呼延", "百里", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "东门", "第五", "司空", "司寇", "公羊", "谷梁", "仲孙",
			"单于", "闾丘", "子车", "巫马", "乐正", "漆雕", "壤驷", "公良", "段干", "亓官", "颛孙", "鲜于");

	/** The name as this setting shows it; empty when nothing is to be shown. */
	public String apply(String ownerName) {
		if (this == NONE || ownerName == null || ownerName.isBlank()) {
			return "";
		}
		String name = ownerName.strip();
		int[] codePoints = name.codePoints().toArray();
		int surnameLength = codePoints.length > 2 && COMPOUND_SURNAMES.contains(new String(codePoints, 0, 2)) ? 2 : 1;
		return new String(codePoints, 0, surnameLength) + "**";
	}

}
