package dev.studybot.scoring;

import dev.studybot.chat.MessageView;
import dev.studybot.exam.BlueprintCatalog;
import dev.studybot.users.UserRef;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One person's totals across every channel of their workspace: what a profile or home tab shows. */
@Repository
public class PersonalStats {

    /**
     * Totals, each domain's scored answers (by exam and domain number), and the domain with the lowest accuracy so
     * far (null before any scored answer).
     */
    public record Summary(int points, int answered, int correct, int streak, int bestStreak, String weakestDomain,
            List<DomainScore> domains) {

        public Summary {
            domains = List.copyOf(domains);
        }

        /** This record as the platform-neutral view chat adapters render. */
        public MessageView.Stats view(String name) {
            return new MessageView.Stats(name, points, answered, correct, streak, bestStreak, weakestDomain,
                    domains.stream().map(d -> new MessageView.DomainStat(d.name(), d.answered(),
                            Math.round(100f * d.correct() / d.answered()))).toList());
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
                group by p.exam, p.domain""")
                .param("platform", user.platform()).param("workspace", user.workspaceId()).param("user", user.userId())
                .query((rs, n) -> new DomainScore(rs.getString(1), rs.getInt(2), domainName(rs.getString(1), rs.getInt(2)),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list().stream().sorted(Comparator.comparing(DomainScore::exam)
                        .thenComparingInt(DomainScore::domain)).toList();
        int[] streaks = jdbc.sql("""
                select coalesce(max(s.participation), 0), coalesce(max(s.best_participation), 0)
                from streaks s join users u on u.id = s.user_id
                where u.platform = :platform and u.workspace_id = :workspace and u.user_id = :user""")
                .param("platform", user.platform()).param("workspace", user.workspaceId()).param("user", user.userId())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        Optional<DomainScore> weakest = domains.stream()
                .min(Comparator.comparingDouble((DomainScore d) -> (double) d.correct() / d.answered())
                        .thenComparing(DomainScore::domain));
        String weakestName = weakest.map(DomainScore::name).orElse(null);
        return new Summary(domains.stream().mapToInt(DomainScore::points).sum(),
                domains.stream().mapToInt(DomainScore::answered).sum(),
                domains.stream().mapToInt(DomainScore::correct).sum(), streaks[0], streaks[1], weakestName, domains);
    }

    private String domainName(String exam, int number) {
        return blueprints.find(exam).flatMap(b -> b.domain(number))
                .map(domain -> exam + " domain " + domain.number() + ": " + domain.name())
                .orElse(exam + " domain " + number);
    }
}
