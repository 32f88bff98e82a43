/**
 * A small model run on all three engines: visits of members, which are keyed by (account_id, user_id), where user
 * ids repeat across accounts, for distinct counts of a composite entity.
 */
@SemanticModel(catalog = "MembersCatalog", namespace = "members")
package dev.grainline.runtime.members;

import dev.grainline.dsl.SemanticModel;
