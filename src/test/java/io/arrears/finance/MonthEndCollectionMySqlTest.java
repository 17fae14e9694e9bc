package io.arrears.finance;

import io.arrears.testing.MySqlTest;

@MySqlTest
class MonthEndCollectionMySqlTest extends MonthEndCollectionTests {

}
