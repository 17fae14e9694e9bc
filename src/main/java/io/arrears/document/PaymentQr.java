package io.arrears.document;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Draws a payment URL as a QR code image for the templates (ZXing; the JasperReports
 * barcode extension does not resolve from Maven Central). Error correction M (15%) copes
 * with a crease or a smudge on a notice pushed under a door; the quiet zone of four
 * modules that readers expect is part of the image.
 */
final class PaymentQr {

	/** Pixels per module: the PDF scales the image, sharp edges survive. */
	private static final int SCALE = 4;

	private static final int QUIET_ZONE = 4;

	private static final int BLACK = 0xFF000000;

	private static final int WHITE = 0xFFFFFFFF;

	private PaymentQr() {
	}

	/**
	 * The QR code of {@code url}, black on white. The URL is ASCII (percent-encoded), so
	 * it is encoded as is, without an ECI header some readers stumble on.
	 */
	static BufferedImage of(String url) {
		BitMatrix modules;
		try {
			// width and height 0: one pixel per module, scaled below
			modules = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot draw a QR code of " + url, e);
		}
		int size = modules.getWidth() * SCALE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, modules.get(x / SCALE, y / SCALE) ? BLACK : WHITE);
			}
		}
		return image;
	}

}
