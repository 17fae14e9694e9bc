package io.arrears.collection;

import io.arrears.testing.H2Test;

@H2Test
class CollectionPassH2Test extends CollectionPassTests {

}
