package io.arrears.finance;

import io.arrears.testing.MySqlTest;

@MySqlTest
class MonthEndKpiMySqlTest extends MonthEndKpiTests {

}
