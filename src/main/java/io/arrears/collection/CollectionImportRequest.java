package io.arrears.collection;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The collection files of an import (SPEC §9, §10); any may be {@code null}.
 *
 * @param encoding the files' encoding, {@code null} to find each file's from its bytes
 */
public record CollectionImportRequest(Path collectors, Path contacts, Path holds, Path receipts, Charset encoding) {

	public boolean isEmpty() {
		return collectors == null && contacts == null && holds == null && receipts == null;
	}

}
