package io.arrears.collection;

/** One physical line of a collection file and its number (the header is line 1). */
record CollectionLine(int number, String text) {
}
