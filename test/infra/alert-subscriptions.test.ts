import { describe, expect, it } from 'vitest';
import { AlertFilter } from '../../infra/config.ts';
import { filterPolicyOf } from '../../infra/constructs/alert-subscriptions.ts';

/** A filter policy as SNS receives it: each SubscriptionFilter's conditions. */
const conditions = (policy: ReturnType<typeof filterPolicyOf>) =>
  policy && Object.fromEntries(Object.entries(policy).map(([key, filter]) => [key, filter.conditions]));

describe('alert subscription filter policies', () => {
  it('keeps alerts about combatants alone from subscribers who did not opt in', () => {
    expect(conditions(filterPolicyOf(undefined))).toEqual({ combatantsOnly: ['false'] });
    expect(conditions(filterPolicyOf({ types: ['DENIAL'] }))).toEqual({
      type: ['DENIAL'],
      combatantsOnly: ['false'],
    });
  });

  it('lets them through to a subscriber with combatants: true', () => {
    expect(filterPolicyOf({ combatants: true })).toBeUndefined();
    expect(conditions(filterPolicyOf({ combatants: true, minCivilians: 5 }))).toEqual({
      civilians: [{ numeric: ['>=', 5] }],
    });
  });

  it('reads the opt-in as a boolean in the subscriber config', () => {
    expect(AlertFilter.parse({ combatants: true })).toEqual({ combatants: true });
    expect(AlertFilter.safeParse({ combatants: 'yes' }).success).toBe(false);
  });
});
