package dev.grainline.dsl;

/**
 * A join from a fact or dimension to a dimension's key. Links are left joins to a single row (many-to-one) unless
 * declared otherwise; a role tells several links to the same dimension apart ({@code [order]}, {@code [from]}).
 */
public interface Link {
  Link role(String role);

  /** Rows without a matching dimension row are dropped when the link is used. */
  Link inner();

  Link oneToOne();

  Link oneToMany();

  Link manyToMany();

  /** The first half of a link: the columns that hold the dimension's key. */
  interface From {
    Link to(Attribute<?>... dimensionKey);
  }
}
