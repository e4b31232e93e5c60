// Turns the figures of one clause into claims' counts: figures about the same event group together
// ("54 شخصا بينهم 28 مدنيا" → killed 54, civilians_killed 28); a metric stated twice starts a new group.
import type { Count, Counts, Metric } from '../../domain/schema.ts';
import type { Figure } from './figures.ts';

export interface FigureGroup {
  figures: Figure[];
  counts: Counts;
  /** Every figure breaks down a toll stated elsewhere ("وأضافت أن من بين القتلى 3 أطفال"). */
  breakdown: boolean;
  risingToll: boolean;
  additional: boolean;
}

/** Fighters' figures go to `combatants_killed` after their sides are added up. */
type Slot = Exclude<Metric, 'combatants_killed'> | 'combatants';

function slotOf(figure: Figure): Slot {
  if (figure.event === 'injury') return 'injured';
  switch (figure.noun) {
    case 'civilians':
      return 'civilians_killed';
    case 'children':
      return 'children_killed';
    case 'women':
      return 'women_killed';
    case 'combatants':
      return 'combatants';
    default:
      return 'killed';
  }
}

function toCount(figure: Figure): Count {
  if (figure.value === null)
    return { stated: null, qualifier: 'at_least', ...(figure.min !== undefined ? { min: figure.min } : {}) };
  const count: Count = { stated: figure.value, qualifier: figure.partial ? 'at_least' : figure.qualifier };
  if (count.qualifier === 'at_least' || count.qualifier === 'more_than') count.min = figure.value;
  if (count.qualifier === 'up_to') {
    count.max = figure.value;
    if (figure.min !== undefined) count.min = figure.min; // "between 500 and 1,300"
  }
  if (count.qualifier === 'exact') {
    count.min = figure.value;
    count.max = figure.value;
  }
  return count;
}

/** Prefers a stated number over a vague one, then the larger. */
function better(a: Count | undefined, b: Count): Count {
  if (!a) return b;
  if (a.stated === null) return b.stated !== null || (b.min ?? 0) > (a.min ?? 0) ? b : a;
  if (b.stated === null) return a;
  return b.stated > a.stated ? b : a;
}

/**
 * The dead of a clause that names them only by who they are ("مقتل امرأة وطفلين", "استشهاد طفل وإصابة 3", "a
 * woman and two children were killed"): the women and children are all the dead it counts, so `killed` is
 * their sum (side by side they are apart, as women and children are in every toll's breakdown). A breakdown
 * item ("بينهم طفلان") is a part of a toll stated elsewhere and says nothing of the total.
 */
function victimsNamedByWhoTheyAre(slots: Map<Slot, Figure[]>): Count | undefined {
  const heads = [...(slots.get('women_killed') ?? []), ...(slots.get('children_killed') ?? [])].filter(
    (f) => !f.inclusion && f.value !== null,
  );
  const first = heads[0];
  if (!first) return undefined;
  const value = heads.reduce((sum, f) => sum + (f.value ?? 0), 0);
  if (heads.length === 1) return toCount(first);
  const exact = heads.every((f) => f.qualifier === 'exact' && !f.partial);
  return toCount({ ...first, value, qualifier: exact ? 'exact' : 'at_least', partial: false });
}

/** `mostlyCivilians`: the clause says most of the dead were civilians, so a civilian sub-figure is a floor. */
export function groupFigures(figures: Figure[], mostlyCivilians: boolean): FigureGroup[] {
  const groups: Array<{ figures: Figure[]; slots: Map<Slot, Figure[]> }> = [];
  let current: { figures: Figure[]; slots: Map<Slot, Figure[]> } | undefined;
  for (const figure of figures) {
    const slot = slotOf(figure);
    const taken = current?.slots.get(slot)?.some((f) => f.value !== null) ?? false;
    // Fighters of two sides listed together add up ("45 militants and 20 fighters"); a fighters' figure far
    // from the last one restates it ("10 troops killed … at least 10 soldiers were killed").
    const lastOfSlot = current?.slots.get(slot)?.at(-1);
    const restated = slot === 'combatants' && lastOfSlot !== undefined && figure.start - lastOfSlot.end > 50;
    const startNew =
      !current ||
      (taken &&
        figure.value !== null &&
        (figure.additional || (!figure.inclusion && (slot !== 'combatants' || restated))));
    if (startNew) {
      current = { figures: [], slots: new Map() };
      groups.push(current);
    }
    const group = current as { figures: Figure[]; slots: Map<Slot, Figure[]> };
    group.figures.push(figure);
    group.slots.set(slot, [...(group.slots.get(slot) ?? []), figure]);
  }
  return groups.map(({ figures: fs, slots }) => {
    const counts: Counts = {};
    const hasHead = fs.some((f) => !f.inclusion);
    for (const [slot, list] of slots) {
      if (slot === 'combatants') continue;
      let best: Count | undefined;
      let bestFigure: Figure | undefined;
      for (const f of list) {
        // "17 مدنيا، وهم 6 أطفال و8 رجال": men are a part of the dead, not their number.
        if (hasHead && f.inclusion && f.noun === 'people' && f.event === 'kill') continue;
        const next = better(best, toCount(f));
        if (next !== best) bestFigure = f;
        best = next;
      }
      // "جرح عدد من الأهالي بينهم طفلان": a part of a toll of unstated size is its least, not its number.
      const vagueHead = list.some((f) => f.value === null && !f.inclusion);
      if (best?.stated != null && bestFigure?.inclusion && vagueHead) {
        best = { stated: best.stated, qualifier: 'at_least', min: best.stated };
      }
      if (best) counts[slot] = best;
    }
    // Fighters of any side get a count of their own (UCDP keeps deaths per side) and never enter civilians.
    // `killed` stays all the dead the text reports, fighters included (../shared/gold/FORMAT.md): listed side by
    // side with civilians and no total, the dead are their sum. Fighters of two sides add up ("45 militants and
    // 20 fighters").
    const combatants = (slots.get('combatants') ?? []).filter((f) => f.value !== null);
    if (combatants.length > 0) {
      const combatantSum = combatants.reduce((s, f) => s + (f.value ?? 0), 0);
      const qualifier = combatants[0]?.qualifier ?? 'exact';
      counts.combatants_killed = toCount({ ...(combatants[0] as Figure), value: combatantSum, qualifier });
      const civilians = counts.civilians_killed?.stated ?? 0;
      const killed = counts.killed;
      const anyInclusion =
        combatants.some((f) => f.inclusion) || (slots.get('civilians_killed') ?? []).some((f) => f.inclusion);
      if (!killed || killed.stated === null) {
        const total = anyInclusion ? Math.max(combatantSum, civilians) : combatantSum + civilians;
        counts.killed = { stated: total, qualifier };
      }
    }
    if (!counts.killed && !counts.civilians_killed) {
      const dead = victimsNamedByWhoTheyAre(slots);
      if (dead) counts.killed = dead;
    }
    if (mostlyCivilians && counts.civilians_killed?.stated != null && counts.killed?.stated != null) {
      if (counts.civilians_killed.stated < counts.killed.stated) {
        counts.civilians_killed = {
          stated: counts.civilians_killed.stated,
          qualifier: 'at_least',
          min: counts.civilians_killed.stated,
        };
      }
    }
    return {
      figures: fs,
      counts,
      breakdown: fs.every((f) => f.inclusion),
      risingToll: fs.some((f) => f.risingToll),
      additional: fs.some((f) => f.additional),
    };
  });
}
