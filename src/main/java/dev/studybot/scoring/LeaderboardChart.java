package dev.studybot.scoring;

import dev.studybot.chat.MessageView;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/** Draws a leaderboard as a horizontal bar chart (PNG), with alt text listing the same figures. */
public final class LeaderboardChart {

    private static final int WIDTH = 800;
    private static final int ROW = 44;
    private static final int TOP = 70;
    private static final Color BAR = new Color(0xFF9900);
    private static final Color INK = new Color(0x1D2433);

    private LeaderboardChart() {}

    public static MessageView.Image of(MessageView.LeaderboardTable table, String fileName) {
        List<MessageView.LeaderboardRow> rows = table.rows();
        int height = TOP + Math.max(1, rows.size()) * ROW + 30;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
            g.drawString(table.title(), 24, 44);
            int max = rows.stream().mapToInt(MessageView.LeaderboardRow::points).max().orElse(0);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
            for (int i = 0; i < rows.size(); i++) {
                MessageView.LeaderboardRow row = rows.get(i);
                int y = TOP + i * ROW;
                String name = row.rank() + ". " + (row.name().length() > 18 ? row.name().substring(0, 17) + "…" : row.name());
                g.setColor(INK);
                g.drawString(name, 24, y + 27);
                int bar = max == 0 ? 0 : (int) Math.round(420.0 * row.points() / max);
                g.setColor(BAR);
                g.fillRect(260, y + 8, Math.max(bar, 2), ROW - 16);
                g.setColor(INK);
                g.drawString(row.points() + " pts", 270 + bar, y + 27);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String alt = table.title() + ": " + (rows.isEmpty() ? "no scored answers"
                : rows.stream().map(r -> r.rank() + ". " + r.name() + " " + r.points() + " points")
                        .collect(Collectors.joining(", ")));
        return new MessageView.Image(fileName, png.toByteArray(), alt.length() > 1000 ? alt.substring(0, 999) + "…" : alt);
    }
}
