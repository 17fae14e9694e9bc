package io.arrears.finance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The twelve-month bars, drawn with Java2D into an image that the report places. It holds
 * no text at all: AWT's own fonts have no Chinese glyphs, so every label is set by the
 * report in the font extension's Noto Sans SC, at fixed positions under the bars. A
 * charting library would bring its own font handling into the fat jar for no more than
 * this.
 */
final class TrendChart {

	/**
	 * Points per month slot in the report; the picture is drawn at three times that for
	 * print.
	 */
	static final int SLOT_POINTS = 42;

	private static final int SCALE = 3;

	private static final int HEIGHT_POINTS = 150;

	private static final Color ALL = new Color(0x9D, 0xB4, 0xD3);

	private static final Color BEYOND = new Color(0x1F, 0x3A, 0x5F);

	private static final Color TARGET = new Color(0xC0, 0x1E, 0x1E);

	private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	private TrendChart() {
	}

	/**
	 * The top of the vertical axis: twice the target, or the highest share rounded up to
	 * 10%.
	 */
	static BigDecimal axisMax(List<TrendPoint> points, BigDecimal target) {
		BigDecimal max = target.multiply(BigDecimal.valueOf(2));
		for (TrendPoint p : points) {
			if (p.measured() && p.inArrears().ratio().compareTo(max) > 0) {
				max = p.inArrears().ratio();
			}
		}
		BigDecimal tenths = max.multiply(BigDecimal.TEN).setScale(0, RoundingMode.CEILING);
		return tenths.divide(BigDecimal.TEN, 1, RoundingMode.UNNECESSARY).min(BigDecimal.ONE.setScale(1));
	}

	static BufferedImage draw(List<TrendPoint> points, BigDecimal target, BigDecimal axisMax) {
		int slot = SLOT_POINTS * SCALE;
		int width = slot * points.size();
		int height = HEIGHT_POINTS * SCALE;
		int top = 6 * SCALE;
		int plot = height - top - SCALE;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setColor(GRID);
			g.setStroke(new BasicStroke(SCALE / 2f));
			for (BigDecimal line = new BigDecimal("0.1"); line.compareTo(axisMax) <= 0; line = line
				.add(new BigDecimal("0.1"))) {
				int y = y(line, axisMax, top, plot);
				g.drawLine(0, y, width, y);
			}
			int bar = slot * 2 / 3;
			for (int i = 0; i < points.size(); i++) {
				TrendPoint p = points.get(i);
				if (!p.measured()) {
					continue;
				}
				int x = i * slot + (slot - bar) / 2;
				int yAll = y(p.inArrears().ratio(), axisMax, top, plot);
				g.setColor(ALL);
				g.fillRect(x, yAll, bar, top + plot - yAll);
				int yBeyond = y(p.beyondTarget().ratio(), axisMax, top, plot);
				g.setColor(BEYOND);
				g.fillRect(x + bar / 4, yBeyond, bar / 2, top + plot - yBeyond);
			}
			g.setColor(Color.DARK_GRAY);
			g.setStroke(new BasicStroke(SCALE));
			g.drawLine(0, top + plot, width, top + plot);
			g.setColor(TARGET);
			g.setStroke(new BasicStroke(SCALE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
					new float[] { 6f * SCALE, 4f * SCALE }, 0f));
			int yTarget = y(target, axisMax, top, plot);
			g.drawLine(0, yTarget, width, yTarget);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private static int y(BigDecimal share, BigDecimal axisMax, int top, int plot) {
		BigDecimal clipped = share.min(axisMax);
		return top + plot
				- clipped.multiply(BigDecimal.valueOf(plot)).divide(axisMax, 0, RoundingMode.HALF_UP).intValue();
	}

}
