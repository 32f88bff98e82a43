package dev.grainline.runtime.members;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;

/** A member of an account: user ids are numbered per account, so only the pair identifies a member. */
@Dimension("members.member")
public final class Member {
  static final Table M = table("port_members.members");
  public static final Attribute<Integer> ACCOUNT_ID = key(M.intCol("account_id"));
  public static final Attribute<Long> USER_ID = key(M.longCol("user_id"));
  public static final Attribute<String> COUNTRY = attribute(M.textCol("country"));

  private Member() {}
}
