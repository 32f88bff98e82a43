package dev.grainline.runtime.internal.plan;

import java.util.List;
import java.util.Objects;

/**
 * Grain groups joined on their key columns (NULL-safe), each key the first non-NULL of the groups' columns, with
 * {@code columns} computed over the groups' components: the result's metrics ({@code typed}: cast to the same
 * output type on every engine) or the base rows' components. Groups that make rows are full-joined (a key of any of
 * them is a row); groups that only the having filter needs are left-joined, bringing values without adding rows.
 * {@code marksPresent} adds a constant column that tells the rows from the periods a gap fill adds.
 */
public record Combine(String name, List<Member> members, List<DimensionOutput> keys, List<OutputMetric> columns,
    boolean typed, boolean marksPresent) implements Result, BaseRows {
  /** A grain group of the combination, and whether its keys make rows. */
  public record Member(GroupNode group, boolean makesRows) {
    public Member {
      Objects.requireNonNull(group, "group");
    }

    public Member withGroup(GroupNode value) {
      return new Member(value, makesRows);
    }
  }

  public Combine {
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a combination of no groups");
    }
    keys = List.copyOf(keys);
    columns = List.copyOf(columns);
  }

  public Combine withMembers(List<Member> value) {
    return new Combine(name, value, keys, columns, typed, marksPresent);
  }

  public List<GroupNode> groups() {
    return members.stream().map(Member::group).toList();
  }
}
