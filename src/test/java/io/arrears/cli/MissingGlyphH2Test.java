package io.arrears.cli;

import io.arrears.testing.CliDatabase;

class MissingGlyphH2Test extends MissingGlyphTests {

	@Override
	CliDatabase database() {
		return CliDatabase.h2("missing-glyph");
	}

}
