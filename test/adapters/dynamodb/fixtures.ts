// Small builders for schema-valid entities; every test overrides only what it is about.
import type { Alert, Claim, Incident, Report } from '../../../shared/domain/schema.ts';
import type { ReportCommit } from '../../../shared/ports/store.ts';

export function aReport(overrides: Partial<Report> = {}): Report {
  return {
    key: 'reports/2024/aleppo-1.txt',
    bucket: 'claimwatch-reports',
    etag: '"etag-1"',
    contentHash: 'sha256-aaaa',
    publishedAt: '2024-03-15',
    language: 'en',
    title: 'Shelling reported in a northern town',
    status: 'processed',
    claimCount: 1,
    processedAt: '2024-03-15T10:00:00.000Z',
    ...overrides,
  };
}

export function aClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'claim-1',
    reportKey: 'reports/2024/aleppo-1.txt',
    type: 'casualty',
    claimant: { name: 'A local monitoring group' },
    place: { names: ['Example Town'], placeId: 'place-example' },
    date: { from: '2024-03-14', to: '2024-03-14' },
    perpetrator: 'israel',
    counts: { killed: { stated: 12, qualifier: 'at_least' } },
    evidence: 'The group said at least twelve people were killed in the town on Friday.',
    verification: { status: 'grounded' },
    incidentId: 'inc-1',
    ...overrides,
  };
}

export function anIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    place: { names: ['Example Town'], placeId: 'place-example', governorate: 'Example' },
    placeIds: ['place-example'],
    date: { from: '2024-03-14', to: '2024-03-14' },
    dateEstimated: false,
    perpetrators: ['unknown-party'],
    counts: { killed: { low: 12, high: 12 } },
    figures: [
      {
        claimant: { name: 'A local monitoring group' },
        metric: 'killed',
        stated: 12,
        qualifier: 'at_least',
        reportKey: 'reports/2024/aleppo-1.txt',
        evidence: 'The group said at least twelve people were killed in the town on Friday.',
      },
    ],
    denials: [],
    acknowledgments: [],
    reportKeys: ['reports/2024/aleppo-1.txt'],
    createdAt: '2024-03-15T10:00:00.000Z',
    updatedAt: '2024-03-15T10:00:00.000Z',
    version: 0,
    ...overrides,
  };
}

export function anAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    id: 'alert-1',
    type: 'NEW_INCIDENT',
    reportKey: 'reports/2024/aleppo-1.txt',
    incidentId: 'inc-1',
    place: { names: ['Example Town'] },
    date: { from: '2024-03-14', to: '2024-03-14' },
    counts: { killed: 12 },
    severity: 'medium',
    subject: 'New incident: 12 killed in Example Town',
    sms: 'New incident: at least 12 killed, Example Town, 14 Mar',
    email: 'A local monitoring group says at least 12 people were killed in Example Town on 14 March 2024.',
    createdAt: '2024-03-15T10:00:00.000Z',
    ...overrides,
  };
}

/** A processed report with one claim, one new incident and its NEW_INCIDENT alert. */
export function aCommit(overrides: Partial<ReportCommit> = {}): ReportCommit {
  return {
    report: aReport(),
    claims: [aClaim()],
    incidents: [{ incident: anIncident() }],
    alerts: [anAlert()],
    ...overrides,
  };
}
