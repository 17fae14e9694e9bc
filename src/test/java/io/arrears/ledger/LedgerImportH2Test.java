package io.arrears.ledger;

import io.arrears.testing.H2Test;

/** The import tests on the embedded H2 database. */
@H2Test
class LedgerImportH2Test extends LedgerImportTests {

}
