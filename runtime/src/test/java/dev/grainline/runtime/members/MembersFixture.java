package dev.grainline.runtime.members;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.SemanticLayer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Members and their visits, loaded once per engine, Trino too (schema port_members). Accounts 1 to 3 number their
 * users from 1, so user ids repeat across accounts; user 3,000,000,000 is beyond an int. Visits are generated from a
 * fixed seed: about one in ten has a NULL account, one in ten a NULL user; some name a pair no member has (its
 * country is NULL through the link); channels are web, app or NULL; days span seven weeks from Monday 2024-01-01,
 * with no visit in the third (2024-01-15), so a two-week window differs from its weeks.
 */
public final class MembersFixture {
  public static final CompiledModel MODEL = MembersModel.MODEL;

  /** A member row. */
  public record MemberRow(int account, long user, String country) {}

  /** A visit row; account, user and channel may be NULL. */
  public record Visit(int id, Integer account, Long user, String channel, LocalDate day) {}

  public static final List<MemberRow> MEMBERS = List.of(
      new MemberRow(1, 1, "DE"), new MemberRow(1, 2, "FR"), new MemberRow(1, 3, null),
      new MemberRow(2, 1, "FR"), new MemberRow(2, 2, "DE"), new MemberRow(2, 3_000_000_000L, "US"),
      new MemberRow(3, 1, "DE"), new MemberRow(3, 2, "FR"));

  public static final List<Visit> VISITS = visits(80);

  private static final String SCHEMA = "port_members";

  private static List<Visit> visits(int count) {
    SplittableRandom random = new SplittableRandom(2026);
    long[] users = {1, 2, 3, 3_000_000_000L};
    String[] channels = {"web", "app", null};
    LocalDate monday = LocalDate.of(2024, 1, 1);
    List<Visit> visits = new ArrayList<>();
    for (int id = 1; id <= count; id++) {
      Integer account = random.nextInt(10) == 0 ? null : 1 + random.nextInt(3);
      Long user = random.nextInt(10) == 0 ? null : users[random.nextInt(users.length)];
      int week = random.nextInt(6);
      LocalDate day = monday.plusWeeks(week < 2 ? week : week + 1).plusDays(random.nextInt(7));
      visits.add(new Visit(id, account, user, channels[random.nextInt(channels.length)], day));
    }
    return List.copyOf(visits);
  }

  private static String text(String value) {
    return value == null ? "NULL" : "'" + value + "'";
  }

  private static String[] data() {
    return new String[] {
      "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
      "CREATE SCHEMA " + SCHEMA,
      "CREATE TABLE " + SCHEMA + ".members (account_id INTEGER, user_id BIGINT, country VARCHAR)",
      "INSERT INTO " + SCHEMA + ".members VALUES " + MEMBERS.stream()
          .map(m -> "(" + m.account() + ", " + m.user() + ", " + text(m.country()) + ")")
          .collect(Collectors.joining(", ")),
      "CREATE TABLE " + SCHEMA + ".visits (visit_id INTEGER, account_id INTEGER, user_id BIGINT, channel VARCHAR,"
          + " visited_on DATE)",
      "INSERT INTO " + SCHEMA + ".visits VALUES " + VISITS.stream()
          .map(v -> "(" + v.id() + ", " + v.account() + ", " + v.user() + ", " + text(v.channel()) + ", DATE '"
              + v.day() + "')")
          .collect(Collectors.joining(", ")),
    };
  }

  private static final DataSource POSTGRES = Databases.loadedPostgres(SCHEMA, data());
  private static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), data());
  private static final Optional<DataSource> TRINO = Databases.trino().map(trino -> Databases.loaded(trino, data()));

  private MembersFixture() {}

  /**
   * Each engine's layers, aggregating directly and rolling partials up: PostgreSQL, DuckDB and, when the tests have
   * it (Databases.trino()), Trino.
   */
  public static Stream<Arguments> layers() {
    Stream<Arguments> local = Databases.layers(MODEL, POSTGRES, DUCKDB);
    Stream<Arguments> trino = TRINO.stream().flatMap(source -> Stream.of(
        Arguments.of("trino", SemanticLayer.create(MODEL, source)),
        Arguments.of("trino rolled up", SemanticLayer.builder(MODEL).dataSource(source).rollUpPartials(true)
            .build())));
    return Stream.concat(local, trino);
  }
}
