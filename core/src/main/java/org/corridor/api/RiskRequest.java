package org.corridor.api;

/**
 * How to sample years for {@link Corridor#risk}: {@code samples} years at most, drawn from {@code seed}, in batches
 * of {@code batch}; with a {@code precision}, sampling stops after the first batch at which the standard error of
 * every focus pair's expected exports lost is at most that fraction of it.
 *
 * @param year the reference year, or {@code null} for the year of the scenario's date (else this year)
 * @param precision a relative standard error target, or {@code null} to draw every sample
 */
public record RiskRequest(int samples, long seed, Integer year, Double precision, int batch) {
  /** Most sampled years in one run. */
  public static final int MAX_SAMPLES = 10_000_000;

  public RiskRequest {
    if (samples < 1 || samples > MAX_SAMPLES) {
      throw new BadRequestException("--samples must be from 1 to " + MAX_SAMPLES + ", not " + samples + ".");
    }
    if (year != null && (year < 1900 || year > 2200)) {
      throw new BadRequestException("--year must be from 1900 to 2200, not " + year + ".");
    }
    if (precision != null && !(precision > 0 && precision < 1)) {
      throw new BadRequestException("--precision is a relative standard error above 0 and below 1, not " + precision
          + ". Maybe 0.02 for 2%.");
    }
    if (batch < 1) {
      throw new BadRequestException("the batch size must be at least 1, not " + batch + ".");
    }
  }

  public static RiskRequest of(int samples, long seed) {
    return new RiskRequest(samples, seed, null, null, 1000);
  }
}
