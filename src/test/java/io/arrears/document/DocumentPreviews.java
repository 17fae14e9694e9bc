package io.arrears.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one document of each kind into a folder (default target/previews), for the
 * README's pictures and for eyeballing a template change:
 * {@code pdftoppm -png -r 60 FILE.pdf PREFIX}.
 */
final class DocumentPreviews {

	public static void main(String[] args) {
		Path out = Path.of(args.length > 0 ? args[0] : "target/previews");
		DocumentRenderer renderer = new DocumentRenderer();
		List<Document> documents = new ArrayList<>();
		String only = args.length > 1 ? args[1] : "";
		for (int n = 1; n <= 10; n++) {
			documents.add(SampleDocuments.reminder(n));
		}
		documents.add(SampleDocuments.lawyerLetter());
		documents.add(SampleDocuments.springCard(true));
		documents.add(SampleDocuments.springCard(false));
		documents.add(SampleDocuments.lanternCard(true));
		documents.add(SampleDocuments.lanternCard(false));
		documents.add(SampleDocuments.bulletin(PublicName.NONE));
		documents.add(SampleDocuments.openLetter(PublicName.MASKED_SURNAME));
		documents.add(SampleDocuments.caseFile());
		for (Document d : documents) {
			if (!d.template().startsWith(only)) {
				continue;
			}
			RenderedDocument r = renderer.render(d, out);
			System.out.println(r.file() + " pages=" + r.pages());
		}
	}

}
