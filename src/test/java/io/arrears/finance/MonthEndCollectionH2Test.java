package io.arrears.finance;

import io.arrears.testing.H2Test;

@H2Test
class MonthEndCollectionH2Test extends MonthEndCollectionTests {

}
