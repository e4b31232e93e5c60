// Tolls that rise, are corrected, restated or continued in the next sentence make one claim, the latest.
import { describe, expect, it } from 'vitest';
import {
  casualties,
  casualtiesReader,
  claimsReader,
  namedAs,
  ofType,
  resultReader,
  stated,
  statedReader,
} from './claim-helpers.ts';

describe('Arabic risen and corrected tolls', () => {
  const claimsOf = claimsReader({ publishedAt: '2020-02-12' });

  it('does not add the deaths that raised a toll as a further figure', async () => {
    const [claim, ...rest] = casualties(
      await claimsOf(
        'ارتفعت حصيلة القصف على حي الحوامة في مدينة هجين إلى 12 قتيلاً ' + 'بعد وفاة 4 جرحى متأثرين بإصاباتهم.',
      ),
    );
    expect(rest).toEqual([]);
    expect(stated(claim)).toEqual({ killed: 12 });
  });

  it('drops the figure a correction withdraws', async () => {
    const corrected = casualties(
      await claimsOf('تصحيح: ذكرت نسخة سابقة أن عدد القتلى في هجين بلغ 41 قتيلاً، والصحيح 14 قتيلاً.'),
    );
    expect(corrected.map(stated)).toEqual([{ killed: 14 }]);
    const instead = casualties(await claimsOf('قتل 18 وليس 81 شخصاً في القصف على السوسة.'));
    expect(instead.map(stated)).toEqual([{ killed: 18 }]);
  });
});

describe('Arabic running toll of one strike', () => {
  const claimsOf = claimsReader({ publishedAt: '2022-11-21' });

  it('reads "وبذلك يرتفع عدد ضحايا القصف" as the strike\'s rising toll, and the earlier death inside it', async () => {
    const claims = await claimsOf(
      'قتلت امرأة متأثرة بجراحها في قرية الصالحية.\nوبذلك يرتفع عدد ضحايا القصف إلى 4 قتلى و7 جرحى.',
    );
    expect(ofType(claims, 'aggregate')).toEqual([]);
    expect(casualties(claims).map(stated)).toEqual([{ women_killed: 1, killed: 4, injured: 7 }]);
  });

  it('keeps a running total with a start date or without a strike a total', async () => {
    for (const text of [
      'وبذلك يرتفع عدد ضحايا القصف منذ مطلع العام إلى 40 قتيلاً في ريف حماة.',
      'وبذلك يرتفع إلى 40 عدد القتلى المدنيين في ريف حماة.',
    ]) {
      expect(ofType(await claimsOf(text), 'casualty'), text).toEqual([]);
    }
  });
});

describe('Arabic headline restatements', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-03-14' });

  it(
    'merges a headline "N قتيلاً" into the body claim that states N ' + 'civilians, even beside another killed figure',
    async () => {
      const claims = await claimsOf(
        'حصيلة قصف هجين ترتفع إلى 26 قتيلاً\n\n' +
          'ارتفعت حصيلة القصف على هجين إلى 26 قتيلاً مدنياً بينهم 8 أطفال، بحسب الدفاع المدني، ' +
          'فيما قتل 4 عناصر في اشتباكات.',
        '2019-03-14',
        'Some outlet',
      );
      const casualties = ofType(claims, 'casualty');
      expect(casualties.filter((c) => c.claimant.name === 'Some outlet')).toEqual([]);
    },
  );
});

describe('Arabic part of a toll already stated', () => {
  // Here `casualties` reads a sentence's casualty claims, shadowing the filter of claims.
  const casualties = casualtiesReader({ publishedAt: '2020-02-03' });

  it('drops "N من الضحايا" (a part of a toll already stated)', async () => {
    const claims = await casualties(
      'قتل 9 مدنيين في غارة على السوق.\n\nوأوضح ناشطون أن 5 من الضحايا ينتمون إلى أسرة واحدة.',
    );
    expect(claims.map(stated)).toEqual([{ civilians_killed: 9 }]);
  });

  it('reads no injured in the wounded who died ("توفي 3 من الجرحى"): deaths inside a toll', async () => {
    const claims = await casualties('قتل 6 مدنيين في غارة على السوق.\n\nوتوفي 2 من الجرحى في المشفى مساء أمس.');
    expect(claims.map(stated)).toEqual([{ civilians_killed: 6 }]);
  });
});

describe('English risen tolls and figures given in two sentences', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en' });

  it('takes what a rising toll counts from "the number of …" before it', async () => {
    const [claim] = casualties(
      await claimsOf('The number of civilians killed in the raid on Hajin has risen to 14, local activists say.'),
    );
    expect(stated(claim)).toEqual({ civilians_killed: 14 });
    expect(namedAs(claim, 'local activists') || namedAs(claim, 'activists')).toBe(true);
  });

  it('does not count the wounded who died inside a toll as a new figure', async () => {
    const claims = casualties(
      await claimsOf(
        'The toll from the car bomb in Hajin has risen to 11 civilians. ' +
          'Four of the wounded died in hospital overnight, the Observatory said.',
      ),
    );
    expect(claims.flatMap((c) => Object.values(c.counts).map((x) => x?.stated))).not.toContain(4);
  });

  it('keeps the wounded with the dead when one claimant gives them in two sentences about one place', async () => {
    const claims = casualties(
      await claimsOf(
        'The Observatory said 19 civilians were killed in Deir ez-Zor province on Tuesday. ' +
          'It said more than 30 others were injured in Deir ez-Zor province.',
      ),
    );
    expect(claims.map(stated)).toEqual([{ civilians_killed: 19, injured: 30 }]);
  });
});

describe('English rising tolls counted by "the number of people killed"', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en', source: 'Example Wire' });

  it(
    'reads the toll as killed and the "with N wounded" figure as injured, ' + 'credited to the source after the clause',
    async () => {
      const claims = ofType(
        await claimsOf(
          "The number of people killed in Tuesday's car bomb in Hajin has risen to 37, with 112 wounded, the " +
            'health directorate of the Deir ez-Zor council announced on Wednesday.',
        ),
        'casualty',
      );
      expect(claims).toHaveLength(1);
      expect(stated(claims[0])).toEqual({ killed: 37, injured: 112 });
      expect(claims[0]?.claimant.name).toMatch(/directorate of the deir ez-zor council/i);
    },
  );

  it('reads "at least N, X of them children" as a toll and its children', async () => {
    const [c] = ofType(
      await claimsOf(
        "The number of people killed in Monday's strike on a bakery in Susah has risen to at least 19, five of " +
          'them children, according to the Syrian Observatory for Human Rights.',
      ),
      'casualty',
    );
    expect(stated(c)).toEqual({ killed: 19, children_killed: 5 });
    expect(c?.counts.killed?.qualifier).toBe('at_least');
    expect(namedAs(c, 'Syrian Observatory for Human Rights')).toBe(true);
  });
});

describe('English figures that restate or continue a toll', () => {
  const claimsOf = claimsReader({ publishedAt: '2019-05-23', language: 'en', source: 'Example Wire' });

  it('does not read "N of the wounded were in critical condition" as a new injury figure', async () => {
    const claims = ofType(
      await claimsOf(
        'A truck bomb in Hajin killed 30 people and wounded 90, officials said.\n\n' +
          'Officials said that 14 of the wounded were in critical condition.',
      ),
      'casualty',
    );
    expect(claims.map(stated)).toEqual([{ killed: 30, injured: 90 }]);
  });

  it('merges "At least N others were injured." into the claim of the sentence before, with its source', async () => {
    const claims = ofType(
      await claimsOf(
        'Six civilians, including two women, were killed when jets struck Shafa on Tuesday, the Syrian ' +
          'Observatory for Human Rights said. ' +
          'At least 15 others were injured.',
      ),
      'casualty',
    );
    expect(claims).toHaveLength(1);
    expect(stated(claims[0])).toEqual({ civilians_killed: 6, women_killed: 2, injured: 15 });
    expect(namedAs(claims[0], 'Syrian Observatory for Human Rights')).toBe(true);
  });
});

describe('a death that raises a toll', () => {
  const statedOf = statedReader({ publishedAt: '2021-03-10' });

  it('a lone death that raises a toll is inside that toll', async () => {
    expect(await statedOf('توفي طفل متأثراً بجراحه في هجين، ما رفع عدد الضحايا المدنيين إلى 14 مدنياً.')).toEqual([
      { civilians_killed: 14 },
    ]);
    expect(
      await statedOf('A woman died of her wounds in Hajin, raising to 31 the number of civilians killed there.'),
    ).toEqual([{ civilians_killed: 31 }]);
  });
});

describe('Arabic risen toll in a later sentence', () => {
  const extract = resultReader({ publishedAt: '2018-11-18' });

  it('replaces a toll by the risen one rather than adding it', async () => {
    const text = [
      'قتل 20 شخصا في قصف جوي على بلدة السوسة، بحسب المرصد السوري.',
      'وقال المرصد السوري لاحقا إن حصيلة القتلى ارتفعت إلى 30 شخصا.',
    ].join('\n');
    const claims = casualties((await extract(text)).claims);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.counts.killed?.stated).toBe(30);
    const fromTo = casualties(
      (await extract('وارتفعت حصيلة القتلى في السوسة من 20 إلى 30 شخصا بحسب المرصد السوري.')).claims,
    );
    expect(fromTo.map((c) => c.counts.killed?.stated)).toEqual([30]);
  });
});
