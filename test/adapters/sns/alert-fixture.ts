import { Alert } from '../../../shared/domain/schema.ts';

/** An alert as the pipeline would produce it (invented place and figures). */
export function makeAlert(overrides: Partial<Alert> = {}): Alert {
  return Alert.parse({
    id: 'alert-0123456789abcdef',
    type: 'COUNT_RAISED',
    reportKey: '02-toll-rises.txt',
    incidentId: 'incident-aaaabbbbccccdddd',
    place: { names: ['هجين', 'Hajin'] },
    date: { from: '2019-03-01', to: '2019-03-01' },
    counts: { killed: 12, civilians_killed: 9 },
    changes: [{ metric: 'civilians_killed', previous: 6, current: 9, claimant: 'Example Monitor' }],
    claimant: { name: 'Example Monitor' },
    severity: 'high',
    governorate: 'Deir-ez-Zor',
    subject: 'Toll raised: 9 civilians killed in Hajin (هجين)',
    sms: 'claimwatch: Hajin 2019-03-01 civilians killed 6 -> 9 (Example Monitor)',
    email: 'Long email text\nwith several lines.',
    createdAt: '2019-03-02T10:00:00.000Z',
    ...overrides,
  });
}
