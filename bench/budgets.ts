// The cold-start budgets of issue 11, by function (construct path below the stack). Lambda bills and users wait
// for the init phase; these keep it short. Import time is over a bare node start.
export const BUNDLE_BUDGETS: Readonly<Record<string, { bytes: number; importMs: number }>> = {
  'Notify/Notify': { bytes: 300 * 1024, importMs: 150 },
  'Processing/Process': { bytes: 600 * 1024, importMs: 300 },
};

/** The first report after a cold import may take at most this many times a warm one. */
export const FIRST_REPORT_MAX_RATIO = 2;

/** DynamoDB calls per report at the largest store over those at the smallest. */
export const STORE_GROWTH_MAX_RATIO = 1.1;
