package dev.grainline.examples.spectrum;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Table;
import java.time.LocalDate;

/** A user of one account: user ids repeat across accounts, so the key includes the account. */
@Dimension("spectrum.user")
public final class User {
  static final Table U = table("warehouse.dim_users").scopedBy(Account.TENANT);

  public static final Attribute<Integer> ACCOUNT_ID = key(U.intCol("account_id"));
  public static final Attribute<Long> USER_ID = key(U.longCol("user_id"));
  public static final Attribute<String> COUNTRY = attribute(U.textCol("country"));
  public static final Attribute<String> DEVICE = attribute(U.textCol("device"));
  /** The Monday (UTC) of the week of the user's first event: a derived attribute (spectrum.md §7). */
  public static final Attribute<LocalDate> FIRST_SEEN_WEEK =
      attribute(perEntity(min(EventColumns.OCCURRED_AT)).truncatedTo(WEEK));

  /** The user's account, for breakdowns of users by account attributes (issue 12). */
  static final Link ACCOUNT = link(U.intCol("account_id")).to(Account.ACCOUNT_ID);

  private User() {}
}
