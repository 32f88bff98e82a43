package dev.grainline.examples.spectrum;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;

/** Experiment exposures: the variant a user of an account saw, once per experiment (issue 12 reads them). */
@Fact("spectrum.exposures")
public final class Exposures {
  static final Table X = table("warehouse.fact_exposures").scopedBy(Account.TENANT);

  public static final Attribute<Integer> ACCOUNT_ID = key(X.intCol("account_id"));
  public static final Attribute<Long> USER_ID = key(X.longCol("user_id"));
  public static final Attribute<String> EXPERIMENT = key(X.textCol("experiment"));
  public static final Attribute<String> VARIANT = attribute(X.textCol("variant"));
  public static final Attribute<LocalDate> DAY = attribute(X.instantCol("exposed_at").truncatedTo(TimeGrain.DAY));

  static final Link ACCOUNT = link(X.intCol("account_id")).to(Account.ACCOUNT_ID);
  static final Link USER = link(X.intCol("account_id"), X.longCol("user_id")).to(User.ACCOUNT_ID, User.USER_ID);

  private Exposures() {}
}
