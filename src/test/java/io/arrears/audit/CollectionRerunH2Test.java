package io.arrears.audit;

import io.arrears.testing.H2Test;

@H2Test
class CollectionRerunH2Test extends CollectionRerunTests {

}
