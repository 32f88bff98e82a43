package dev.grainline.runtime.instants;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;

/** Users who signed up at an instant: a dimension's instant column, read under the join's alias. */
@Dimension("instants.user")
public final class Users {
  static final Table U = table("port_instants.users");
  public static final Attribute<Integer> USER_ID = key(U.intCol("user_id"));
  public static final Attribute<LocalDate> SIGNUP_WEEK =
      attribute(U.instantCol("signed_up_at").truncatedTo(TimeGrain.WEEK));

  private Users() {}
}
