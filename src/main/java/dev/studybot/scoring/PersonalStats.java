package dev.studybot.scoring;

import dev.studybot.chat.MessageView;
import dev.studybot.exam.BlueprintCatalog;
import dev.studybot.users.UserRef;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One person's totals across every channel of their workspace: what a profile or home tab shows. */
@Repository
public class PersonalStats {

    /** The longest current streak and each exam domain's scored answers; everything else follows from them. */
    public record Summary(int streak, int bestStreak, List<DomainScore> domains) {

        public Summary {
            domains = List.copyOf(domains);
        }

        public int points() {
            return domains.stream().mapToInt(DomainScore::points).sum();
        }

        /** This record as the platform-neutral view chat adapters render. */
        public MessageView.Stats view(String name) {
            return new MessageView.Stats(name, points(), streak, bestStreak, domains.stream()
                    .map(d -> new MessageView.DomainStat(d.name(), d.answered(), d.correct())).toList());
        }
    }

    /** One exam domain's scored answers; {@code name} is "MLA-C01 domain 1: Data Preparation for ...". */
    public record DomainScore(String exam, int domain, String name, int answered, int correct, int points) {}

    private final JdbcClient jdbc;
    private final BlueprintCatalog blueprints;

    public PersonalStats(JdbcClient jdbc, BlueprintCatalog blueprints) {
        this.jdbc = jdbc;
        this.blueprints = blueprints;
    }

    public Summary of(UserRef user) {
        List<DomainScore> domains = jdbc.sql("""
                select p.exam, p.domain, count(*) as answered, sum(case when a.correct then 1 else 0 end) as correct,
                       sum(coalesce(a.points, 0)) as points
                from answers a
                join posts p on p.id = a.post_id
                join users u on u.id = a.user_id
                where u.platform = :platform and u.workspace_id = :workspace and u.user_id = :user
                  and p.closed_at is not null
                group by p.exam, p.domain
                order by p.exam, p.domain""")
                .param("platform", user.platform()).param("workspace", user.workspaceId()).param("user", user.userId())
                .query((rs, n) -> new DomainScore(rs.getString(1), rs.getInt(2), domainName(rs.getString(1), rs.getInt(2)),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
        int[] streaks = jdbc.sql("""
                select coalesce(max(s.participation), 0), coalesce(max(s.best_participation), 0)
                from streaks s join users u on u.id = s.user_id
                where u.platform = :platform and u.workspace_id = :workspace and u.user_id = :user""")
                .param("platform", user.platform()).param("workspace", user.workspaceId()).param("user", user.userId())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        return new Summary(streaks[0], streaks[1], domains);
    }

    private String domainName(String exam, int number) {
        return blueprints.find(exam).flatMap(b -> b.domain(number))
                .map(domain -> exam + " domain " + domain.number() + ": " + domain.name())
                .orElse(exam + " domain " + number);
    }
}
