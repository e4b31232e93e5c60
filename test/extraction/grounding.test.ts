import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../../shared/domain/schema.ts';
import { EVIDENCE_NOT_FOUND, groundClaims } from '../../shared/extraction/grounding.ts';

// Sentences written for these tests (not taken from any report).
const ARABIC_REPORT =
  'قال "المرصد السوري لحقوق الإنسان" إنّ نحو ثلاثين مدنياً قُتلوا فجر اليوم في قصف جوي على بلدة السوسة، ' +
  'بينهم ١٢ طفلاً. وأفاد ناشطون بإصابة 40 آخرين بجروح. ونفى التحالف الدولي مسؤوليته عن الغارة.';

const ENGLISH_REPORT =
  'The monitoring group said at least 54 civilians, including twelve children, were killed in the strike on Tuesday. ' +
  'A spokesman for the ministry put the toll at 300 dead.';

/** The claimant ENGLISH_REPORT names. */
const MONITOR = { name: 'The monitoring group' };

function claim(partial: Partial<ExtractedClaim> & Pick<ExtractedClaim, 'evidence'>): ExtractedClaim {
  return { type: 'casualty', claimant: { name: 'المرصد السوري لحقوق الإنسان' }, counts: {}, ...partial };
}

describe('groundClaims: evidence', () => {
  it('grounds a verbatim Arabic quote whose number words give the stated figure', () => {
    const [result] = groundClaims(ARABIC_REPORT, [
      claim({
        evidence: 'إنّ نحو ثلاثين مدنياً قُتلوا فجر اليوم في قصف جوي على بلدة السوسة',
        counts: { civilians_killed: { stated: 30, qualifier: 'about' } },
      }),
    ]);
    expect(result?.verification).toEqual({ status: 'grounded' });
  });

  it('tolerates normalisation, punctuation, quote and digit-script differences', () => {
    const [result] = groundClaims(ARABIC_REPORT, [
      claim({
        // No diacritics, أ/ا and ة/ه folded, «» instead of "", ASCII 12 instead of ١٢, comma dropped.
        evidence:
          'قال «المرصد السوري لحقوق الانسان» ان نحو ثلاثين مدنيا قتلوا فجر اليوم في قصف جوي على بلدة السوسة ' +
          'بينهم 12 طفلا',
        counts: {
          civilians_killed: { stated: 30, qualifier: 'about' },
          children_killed: { stated: 12, qualifier: 'exact' },
        },
      }),
    ]);
    expect(result?.verification.status).toBe('grounded');
  });

  it('accepts fragments joined by an ellipsis when each appears in order', () => {
    const [inOrder, reversed] = groundClaims(ARABIC_REPORT, [
      claim({
        evidence: 'نحو ثلاثين مدنياً قُتلوا … بينهم ١٢ طفلاً',
        counts: { children_killed: { stated: 12, qualifier: 'exact' } },
      }),
      claim({
        evidence: 'بينهم ١٢ طفلاً ... نحو ثلاثين مدنياً قُتلوا',
        counts: { children_killed: { stated: 12, qualifier: 'exact' } },
      }),
    ]);
    expect(inOrder?.verification.status).toBe('grounded');
    expect(reversed?.verification).toEqual({ status: 'unverified', reason: EVIDENCE_NOT_FOUND });
  });

  it('marks a paraphrased or translated quote unverified', () => {
    const [paraphrase, translation] = groundClaims(ARABIC_REPORT, [
      claim({
        evidence: 'قتل ثلاثون مدنيا في غارة على السوسة',
        counts: { civilians_killed: { stated: 30, qualifier: 'about' } },
      }),
      claim({ evidence: 'About thirty civilians were killed at dawn in an air strike on al-Susah' }),
    ]);
    expect(paraphrase?.verification).toEqual({ status: 'unverified', reason: EVIDENCE_NOT_FOUND });
    expect(translation?.verification.status).toBe('unverified');
  });

  it('matches short quotes on whole words only ("30" is not inside "300")', () => {
    const [inside, whole] = groundClaims(ENGLISH_REPORT, [
      claim({ claimant: MONITOR, evidence: '30', counts: { killed: { stated: 30, qualifier: 'exact' } } }),
      claim({ claimant: MONITOR, evidence: '300 dead', counts: { killed: { stated: 300, qualifier: 'exact' } } }),
    ]);
    expect(inside?.verification.status).toBe('unverified');
    expect(whole?.verification.status).toBe('grounded');
  });

  it('allows a dropped clitic letter before a short quote', () => {
    const [result] = groundClaims(ARABIC_REPORT, [
      claim({ type: 'denial', claimant: { name: 'التحالف الدولي' }, evidence: 'نفى التحالف الدولي مسؤوليته' }),
    ]);
    expect(result?.verification.status).toBe('grounded');
  });
});

describe('groundClaims: numbers', () => {
  it('marks a claim unverified when a stated number is not in its quote, naming metric and number', () => {
    const [result] = groundClaims(ARABIC_REPORT, [
      claim({
        evidence: 'إنّ نحو ثلاثين مدنياً قُتلوا فجر اليوم',
        counts: {
          civilians_killed: { stated: 30, qualifier: 'about' },
          children_killed: { stated: 12, qualifier: 'exact' },
        },
      }),
    ]);
    expect(result?.verification.status).toBe('unverified');
    expect(result?.verification.reason).toContain('children_killed = 12');
  });

  it('reads English number words and ignores null (vague) figures', () => {
    const [words, vague] = groundClaims(ENGLISH_REPORT, [
      claim({
        claimant: MONITOR,
        evidence: 'at least 54 civilians, including twelve children, were killed',
        counts: {
          civilians_killed: { stated: 54, qualifier: 'at_least' },
          children_killed: { stated: 12, qualifier: 'exact' },
        },
      }),
      claim({
        claimant: MONITOR,
        evidence: 'The monitoring group said',
        counts: { killed: { stated: null, qualifier: 'about' } },
      }),
    ]);
    expect(words?.verification.status).toBe('grounded');
    expect(vague?.verification.status).toBe('grounded');
  });

  it('does not let a number elsewhere in the report ground a quote', () => {
    const [result] = groundClaims(ARABIC_REPORT, [
      claim({
        evidence: 'وأفاد ناشطون بإصابة 40 آخرين بجروح',
        counts: { injured: { stated: 30, qualifier: 'exact' } },
      }),
    ]);
    expect(result?.verification.reason).toBe('injured = 30 cannot be read from the evidence quote');
  });

  it(
    'grounds a total that adds up figures of the quote, and says so; ' + 'a total of nothing there stays unverified',
    () => {
      const text = 'Two dozen soldiers and 17 militants were killed in the clashes near the town, the monitor said.';
      const [sum, invented] = groundClaims(text, [
        claim({
          claimant: { name: 'the monitor' },
          evidence: 'Two dozen soldiers and 17 militants were killed',
          counts: { killed: { stated: 41, qualifier: 'exact' } },
        }),
        claim({
          claimant: { name: 'the monitor' },
          evidence: 'Two dozen soldiers and 17 militants were killed',
          counts: { killed: { stated: 45, qualifier: 'exact' } },
        }),
      ]);
      expect(sum?.verification).toEqual({
        status: 'grounded',
        reason: 'sums of figures in the quote: killed = 24 + 17',
      });
      expect(invented?.verification.status).toBe('unverified');
    },
  );

  it('keeps every field of the claim and only adds verification', () => {
    const input = claim({
      evidence: 'بإصابة 40 آخرين بجروح',
      counts: { injured: { stated: 40, qualifier: 'exact' } },
      place: { names: ['السوسة', 'al-Susah'] },
      perpetrator: 'coalition',
    });
    const [result] = groundClaims(ARABIC_REPORT, [input]);
    expect(result).toEqual({ ...input, verification: { status: 'grounded' } });
  });
});

describe('groundClaims: cross-check with the rules extractor', () => {
  const llm = claim({
    evidence: 'إنّ نحو ثلاثين مدنياً قُتلوا فجر اليوم في قصف جوي على بلدة السوسة، بينهم ١٢ طفلاً',
    counts: {
      civilians_killed: { stated: 30, qualifier: 'about' },
      children_killed: { stated: 12, qualifier: 'exact' },
    },
  });

  it('flags a different figure for the same metric on overlapping evidence', () => {
    const rules = claim({
      evidence: 'نحو ثلاثين مدنياً قُتلوا',
      counts: { civilians_killed: { stated: 28, qualifier: 'about' } },
    });
    const [result] = groundClaims(ARABIC_REPORT, [llm], { crossCheck: [rules] });
    expect(result?.verification.status).toBe('grounded');
    expect(result?.verification.disagreement).toBe('rules extractor reads civilians_killed = 28 here');
  });

  it('stays quiet when the readings agree, concern another metric, or another passage', () => {
    const agreeing = claim({
      evidence: 'نحو ثلاثين مدنياً قُتلوا',
      counts: { civilians_killed: { stated: 30, qualifier: 'about' } },
    });
    const otherMetric = claim({
      evidence: 'بينهم ١٢ طفلاً',
      counts: { women_killed: { stated: 3, qualifier: 'exact' } },
    });
    const elsewhere = claim({
      evidence: 'وأفاد ناشطون بإصابة 40 آخرين بجروح',
      counts: { civilians_killed: { stated: 40, qualifier: 'exact' } },
    });
    const [result] = groundClaims(ARABIC_REPORT, [llm], { crossCheck: [agreeing, otherMetric, elsewhere] });
    expect(result?.verification.disagreement).toBeUndefined();
  });

  it('flags unverified claims too, so the analyst sees both readings', () => {
    const wrong = claim({
      evidence: 'قتل 35 مدنيا في السوسة',
      counts: { civilians_killed: { stated: 35, qualifier: 'exact' } },
    });
    const rules = claim({
      evidence: 'قتل 35 مدنيا في السوسة',
      counts: { civilians_killed: { stated: 30, qualifier: 'about' } },
    });
    const [result] = groundClaims(ARABIC_REPORT, [wrong], { crossCheck: [rules] });
    expect(result?.verification.status).toBe('unverified');
    expect(result?.verification.disagreement).toBe('rules extractor reads civilians_killed = 30 here');
  });
});

describe('groundClaims: names, plausibility and dates', () => {
  const AR_CLAIM = {
    evidence: 'إنّ نحو ثلاثين مدنياً قُتلوا فجر اليوم في قصف جوي على بلدة السوسة',
    counts: { civilians_killed: { stated: 30, qualifier: 'about' as const } },
  };

  it('grounds a claimant named with a clitic or under a name the claimant table knows', () => {
    const text = 'وقال للمرصد مصدر إن غارة على بلدة السوسة قتلت 5 مدنيين.';
    const [viaTable, viaClitic] = groundClaims(text, [
      claim({ claimant: { name: 'Syrian Observatory for Human Rights' }, evidence: 'قتلت 5 مدنيين' }),
      claim({ claimant: { name: 'بلدة السوسة' }, evidence: 'قتلت 5 مدنيين' }),
    ]);
    expect(viaTable?.verification.status).toBe('grounded');
    expect(viaClitic?.verification.status).toBe('grounded');
  });

  it('marks a claimant the report never names unverified, unless it is the publisher or unattributed', () => {
    const [invented, publisher, unattributed] = groundClaims(
      ARABIC_REPORT,
      [
        claim({ ...AR_CLAIM, claimant: { name: 'Call +963 999 999 for help' } }),
        claim({ ...AR_CLAIM, claimant: { name: 'Enab Baladi' } }),
        claim({ ...AR_CLAIM, claimant: { name: 'unattributed' } }),
      ],
      { source: 'Enab Baladi' },
    );
    expect(invented?.verification).toEqual({
      status: 'unverified',
      reason: 'claimant "Call +963 999 999 for help" is not named in the report',
    });
    expect(publisher?.verification.status).toBe('grounded');
    expect(unattributed?.verification.status).toBe('grounded');
  });

  it('takes the publisher under any name its metadata gives ("SOHR website" is the Syrian Observatory)', () => {
    // The report never names its publisher: it speaks in its own voice.
    const text = 'قُتل 5 مدنيين في قصف على بلدة السوسة.';
    const own = (source: string) =>
      groundClaims(text, [claim({ claimant: { name: 'Syrian Observatory for Human Rights' }, evidence: text })], {
        source,
      })[0]?.verification.status;
    expect(own('SOHR website')).toBe('grounded');
    expect(own('Enab Baladi')).toBe('unverified');
  });

  it('reads a name in words broken to dodge moderation ("قـ*ـوات"), not one a real break splits', () => {
    const text = 'وقالت قـ*ـوات سوريا الديمقراطية إن قصـ.ـفاً على بلدة السوسة قتـ*ـل 3 مدنيين.';
    const by = (name: string, source = text) =>
      groundClaims(source, [claim({ claimant: { name }, evidence: 'بلدة السوسة' })])[0]?.verification.status;
    expect(by('قوات سوريا الديمقراطية')).toBe('grounded');
    expect(by('Syrian Democratic Forces')).toBe('grounded');
    // A full stop ends a word: "الطريق. الفرات" names no "الطريقالفرات".
    expect(by('الطريقالفرات', 'قتل رجل على الطريق. الفرات بلدة السوسة')).toBe('unverified');
  });

  it('grounds a two-word place whose short first word carries a clitic ("لسد الوادي")', () => {
    const text = 'قتل رجل في قصف لسد الوادي صباح اليوم.';
    const [dam, single] = groundClaims(text, [
      claim({ claimant: { name: 'unattributed' }, evidence: 'قتل رجل', place: { names: ['سد الوادي'] } }),
      claim({ claimant: { name: 'unattributed' }, evidence: 'قتل رجل', place: { names: ['سد'] } }),
    ]);
    expect(dam?.verification.status).toBe('grounded');
    expect(single?.verification.status).toBe('unverified');
  });

  it('marks a place the report never names unverified; a named one (any of its names) is grounded', () => {
    const [named, invented] = groundClaims(ARABIC_REPORT, [
      claim({ ...AR_CLAIM, place: { names: ['Al-Susah', 'السوسة'] } }),
      claim({ ...AR_CLAIM, place: { names: ['Raqqa'] } }),
    ]);
    expect(named?.verification.status).toBe('grounded');
    expect(invented?.verification).toEqual({
      status: 'unverified',
      reason: 'place "Raqqa" is not named in the report',
    });
  });

  it('records a figure over 5,000,000 as implausible instead of counting it', () => {
    const text = 'The monitoring group said 99999999999 civilians were killed.';
    const [result] = groundClaims(text, [
      claim({
        claimant: MONITOR,
        evidence: '99999999999 civilians were killed',
        counts: { civilians_killed: { stated: 99_999_999_999, qualifier: 'exact' } },
      }),
    ]);
    expect(result?.verification).toEqual({
      status: 'unverified',
      reason: 'implausible figure: civilians_killed = 99999999999 is more than 5,000,000',
    });
  });

  it('drops a date that is not on the calendar, before 1990 or after the day after publication, with a reason', () => {
    const dated = (from: string, to: string) => claim({ ...AR_CLAIM, date: { from, to } });
    const results = groundClaims(
      ARABIC_REPORT,
      [
        dated('2019-02-31', '2019-02-31'),
        dated('0000-01-01', '0000-01-01'),
        dated('9999-12-31', '9999-12-31'),
        dated('2019-03-01', '2019-03-02'),
        dated('1989-12-31', '1990-01-02'),
      ],
      { publishedAt: '2019-03-01' },
    );
    expect(results.map((r) => r.date)).toEqual([undefined, undefined, undefined, AR_CLAIM_DATE, undefined]);
    expect(results.map((r) => r.verification.reason)).toEqual([
      'date 2019-02-31…2019-02-31 dropped: 2019-02-31 is not a calendar date',
      'date 0000-01-01…0000-01-01 dropped: 0000-01-01 is not a calendar date',
      'date 9999-12-31…9999-12-31 dropped: 9999-12-31 is not a calendar date',
      undefined,
      'date 1989-12-31…1990-01-02 dropped: it starts before 1990-01-01',
    ]);
    expect(results.every((r) => r.verification.status === 'grounded')).toBe(true);
  });
});

const AR_CLAIM_DATE = { from: '2019-03-01', to: '2019-03-02' };
