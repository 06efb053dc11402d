/**
 * Time-based concession (docs/model.md §6, "The negotiator"):
 *   t = min(1, (week − 1)/(H − 1))
 *   target = RV + (max − RV)·(1 − t^(1/e))
 * e < 1 concedes late (Boulware), e > 1 early (Conceder); at t = 1 the
 * target reaches the reservation value, never below it.
 */
export function timeOf(week: number, horizon: number): number {
  return Math.min(1, Math.max(0, (week - 1) / Math.max(1, horizon - 1)));
}

export function concessionTarget(reservation: number, max: number, t: number, temperament: number): number {
  const top = Math.max(max, reservation);
  return reservation + (top - reservation) * (1 - t ** (1 / temperament));
}

/**
 * Trust lowers demands on a trusted proposer and raises them on a distrusted
 * one: trust_effect points per point of trust away from 50, never below RV.
 */
export function trustAdjusted(target: number, reservation: number, trust: number, trustEffect: number): number {
  return Math.max(reservation, target - trustEffect * (trust - 50));
}
