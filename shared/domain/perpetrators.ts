// Who a report may say struck: the one list of perpetrator ids. The extractors emit only these ids, the
// schema (and so the LLM's tool) accepts only these, and incident grouping reads each one's side.

/**
 * `side` groups parties that reports often name for the same strike (the coalition and the Iraqi air force
 * flew joint raids; Russian and Syrian government jets struck side by side): a claim naming one does not
 * conflict with an incident blamed on another of the same side.
 */
export const PERPETRATORS = [
  { id: 'coalition', label: 'US-led coalition', side: 'coalition' },
  { id: 'iraq', label: 'Iraq', side: 'coalition' },
  { id: 'russia', label: 'Russia', side: 'pro-government' },
  { id: 'syrian-government', label: 'Syrian government', side: 'pro-government' },
  { id: 'iran', label: 'Iran and allied militias (Hezbollah)', side: 'pro-government' },
  { id: 'turkey', label: 'Turkey', side: 'turkey' },
  { id: 'sna', label: 'Syrian National Army (Turkish-backed)', side: 'turkey' },
  { id: 'islamic-state', label: 'Islamic State', side: 'islamic-state' },
  { id: 'sdf', label: 'SDF (Syrian Democratic Forces)', side: 'sdf' },
  { id: 'israel', label: 'Israel', side: 'israel' },
  { id: 'rebels', label: 'armed opposition', side: 'opposition' },
] as const;

export type PerpetratorId = (typeof PERPETRATORS)[number]['id'];
export const PERPETRATOR_IDS = PERPETRATORS.map((p) => p.id) as [PerpetratorId, ...PerpetratorId[]];

const SIDE = new Map<string, string>(PERPETRATORS.map((p) => [p.id, p.side]));

export function perpetratorLabel(id: string): string {
  return PERPETRATORS.find((p) => p.id === id)?.label ?? id;
}

/** True when the claim blames a party of another side than every party the incident is blamed on. */
export function perpetratorsConflict(
  claimPerpetrator: string | undefined,
  incidentPerpetrators: readonly string[],
): boolean {
  if (!claimPerpetrator || incidentPerpetrators.length === 0) return false;
  const side = SIDE.get(claimPerpetrator) ?? claimPerpetrator;
  return incidentPerpetrators.every((other) => (SIDE.get(other) ?? other) !== side);
}
