import { describe, expect, it } from 'vitest';
import {
  claimKey,
  incidentIndexKeys,
  incidentPlaceKeys,
  monthsBetween,
  reportObjectKey,
} from '../../../shared/adapters/dynamodb/keys.ts';
import { nameKey } from '../../../shared/text/normalize.ts';
import { anIncident } from './fixtures.ts';

describe('key layout', () => {
  it('lists the months of a range, across a year boundary', () => {
    expect(monthsBetween('2023-11-20', '2024-02-03')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024-03-05', '2024-03-09')).toEqual(['2024-03']);
    expect(monthsBetween('2024-03-05', '2024-02-09')).toEqual([]);
  });

  it('indexes an incident under each place key and each month its range widened by 3 days touches', () => {
    const incident = anIncident({ id: 'i9', placeIds: ['p1', 'p2'], date: { from: '2024-03-02', to: '2024-03-10' } });
    expect(incidentIndexKeys(incident)).toEqual([
      { pk: 'PLACE#p1#2024-02', sk: 'INCIDENT#i9' },
      { pk: 'PLACE#p1#2024-03', sk: 'INCIDENT#i9' },
      { pk: 'PLACE#p2#2024-02', sk: 'INCIDENT#i9' },
      { pk: 'PLACE#p2#2024-03', sk: 'INCIDENT#i9' },
    ]);
    // Mid-month ranges stay in one bucket.
    const mid = anIncident({ id: 'i8', placeIds: ['p1'], date: { from: '2024-03-12', to: '2024-03-20' } });
    expect(incidentIndexKeys(mid).map((k) => k.pk)).toEqual(['PLACE#p1#2024-03']);
  });

  it("falls back to the domain's place keys when an incident has no place ids", () => {
    const incident = anIncident({ placeIds: [], place: { names: ['الرقة', 'al-Raqqa'] } });
    expect(incidentPlaceKeys(incident)).toEqual([`name:${nameKey('الرقة')}`, `name:${nameKey('al-Raqqa')}`]);
    expect(incidentPlaceKeys(anIncident({ placeIds: [], place: { names: ['Somewhere'], placeId: 'g-42' } }))).toEqual([
      'g-42',
    ]);
    expect(incidentPlaceKeys(anIncident({ placeIds: ['x', 'x', 'y'] }))).toEqual(['x', 'y']);
  });

  it('puts the object version into claim sort keys and refuses an empty object version', () => {
    expect(claimKey('r/a.txt', 'v1', 7)).toEqual({ pk: 'REPORT#r/a.txt', sk: 'CLAIM#v1#007' });
    expect(() => reportObjectKey('r/a.txt', '')).toThrow(/must not be empty/);
  });
});
