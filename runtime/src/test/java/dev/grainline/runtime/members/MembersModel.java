package dev.grainline.runtime.members;

import dev.grainline.runtime.CompiledModel;

/** The members model alone, for tests that need no database (the plan goldens); MembersFixture loads the data. */
public final class MembersModel {
  public static final CompiledModel MODEL = CompiledModel.ofClasses("MembersCatalog", "members", Member.class,
      Visits.class, MemberMetrics.class);

  private MembersModel() {}
}
