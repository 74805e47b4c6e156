package org.corridor.model;

/**
 * A row of {@code allocations.csv}: a fixed share of a link's capacity reserved as the most one shipper may
 * use, so that a curtailment is shared the way the operator shares it (a pro rata quota).
 *
 * @param shipper a country code (every supply of that origin) or the id of a node with a supply row
 * @param share the most of the capacity in force the shipper may use, in (0, 1]
 * @param validity the days the allocation applies, both included
 * @param line the line of allocations.csv the row was read from
 */
public record Allocation(String link, String shipper, double share, Validity validity, SourceRef sources,
    int line) {}
