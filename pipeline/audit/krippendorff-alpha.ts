/** Krippendorff's alpha of nominal data, with what it was computed over. */
export type Alpha = {
  /** null when undefined: fewer than two pairable values, or every value in one category (no expected disagreement). */
  readonly alpha: number | null;
  /** Units (mentions) coded by two or more coders: the only ones alpha reads. */
  readonly units: number;
  /** Pairable values: the codings of those units. */
  readonly values: number;
};

/**
 * Krippendorff's alpha for nominal data with any number of coders and missing codings (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability", §A; Content Analysis 2004, §11.3): each unit's values (the
 * codings it got, missing ones left out) form a row. Units with fewer than two values are not pairable and are
 * left out. From the coincidence matrix o_ck = Σ_u (pairs c-k of distinct coders in u) / (m_u - 1), with n_c its
 * margins and n = Σ n_c,  alpha = 1 - (n - 1) Σ_c≠k o_ck / Σ_c≠k n_c n_k.
 */
export function nominalAlpha(units: readonly (readonly string[])[]): Alpha {
  const pairable = units.filter((u) => u.length >= 2);
  // The coincidences that are disagreements, and the margins n_c.
  let observedDisagreement = 0;
  const margins = new Map<string, number>();
  for (const values of pairable) {
    const m = values.length;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    // Ordered pairs of values from distinct coders that differ: m² - Σ count², each weighted 1 / (m - 1).
    const same = [...counts.values()].reduce((s, c) => s + c * c, 0);
    observedDisagreement += (m * m - same) / (m - 1);
    for (const [v, c] of counts) margins.set(v, (margins.get(v) ?? 0) + c);
  }
  const n = [...margins.values()].reduce((s, c) => s + c, 0);
  const squares = [...margins.values()].reduce((s, c) => s + c * c, 0);
  const expectedDisagreement = n * n - squares;
  return {
    alpha:
      n < 2 || expectedDisagreement === 0
        ? null
        : 1 - ((n - 1) * observedDisagreement) / expectedDisagreement,
    units: pairable.length,
    values: n,
  };
}
