package io.arrears.collection;

import io.arrears.testing.H2Test;

/** The collection imports on the embedded H2 database. */
@H2Test
class CollectionImportH2Test extends CollectionImportTests {

}
