package dev.studybot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.MessageView;
import dev.studybot.chat.MessageView.LeaderboardRow;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LeaderboardChartTest {

    @Test
    void drawsOneBarPerRowAsAPngWithTheFiguresInItsAltText() throws Exception {
        var table = new MessageView.LeaderboardTable("Last week's leaderboard", List.of(
                new LeaderboardRow(1, "Ana", 30, 100, 3, 3), new LeaderboardRow(2, "Ben", 10, 33, 3, 0)), null);

        MessageView.Image chart = LeaderboardChart.of(table, "leaderboard-2026-W48.png");

        var image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isGreaterThan(100);
        assertThat(chart.fileName()).isEqualTo("leaderboard-2026-W48.png");
        assertThat(chart.altText()).isEqualTo("Last week's leaderboard: 1. Ana 30 points, 2. Ben 10 points");
        assertThat(chart.dataUri()).startsWith("data:image/png;base64,iVBOR");
    }
}
