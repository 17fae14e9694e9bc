package io.arrears.ledger;

import io.arrears.testing.H2Test;

/** {@link AppendOnlyLedgerTests} on the embedded H2. */
@H2Test
class AppendOnlyLedgerH2Test extends AppendOnlyLedgerTests {

}
