package org.corridor.api;

/**
 * How to rank the data set's candidate projects for {@link Corridor#invest}: {@code samples} years drawn from
 * {@code seed} (the same years for the base and every option), in batches of {@code batch}; with {@code pairs}, every
 * pair of projects too.
 *
 * @param year the reference year, or {@code null} for the year of the scenario's date (else this year)
 */
public record InvestRequest(int samples, long seed, Integer year, boolean pairs, int batch) {
  /** Most sampled years per option: the losses of every option are kept in memory until the ranking. */
  public static final int MAX_SAMPLES = 200_000;

  public InvestRequest {
    if (samples < 2 || samples > MAX_SAMPLES) {
      throw new BadRequestException("--samples must be from 2 to " + MAX_SAMPLES + ", not " + samples + ".");
    }
    if (year != null && (year < 1900 || year > 2200)) {
      throw new BadRequestException("--year must be from 1900 to 2200, not " + year + ".");
    }
    if (batch < 1) {
      throw new BadRequestException("the batch size must be at least 1, not " + batch + ".");
    }
  }

  public static InvestRequest of(int samples, long seed, boolean pairs) {
    return new InvestRequest(samples, seed, null, pairs, 1000);
  }
}
