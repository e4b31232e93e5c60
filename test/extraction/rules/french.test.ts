// French, read through its language record alone (shared/extraction/rules/lang/fr.ts): the record was added to the
// registry and no algorithm file changed. Every sentence here was written for this test.
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../../shared/extraction/rules/language-of.ts';
import { hasCasualtyVocabulary } from '../../../shared/extraction/rules/vocabulary.ts';
import { casualties, claimsReader, ofType, stated } from './claim-helpers.ts';

const claimsOf = claimsReader({ publishedAt: '2024-03-12' });
/** The stated figures and qualifiers of the one casualty claim of a sentence. */
async function figureOf(text: string) {
  const [claim, ...rest] = casualties(await claimsOf(text));
  expect(rest).toEqual([]);
  const qualifiers = Object.fromEntries(Object.entries(claim?.counts ?? {}).map(([k, v]) => [k, v?.qualifier]));
  return { stated: stated(claim), qualifiers };
}

describe('French casualty figures', () => {
  it('reads "au moins N civils ont été tués" as civilians killed, at least', async () => {
    const { stated, qualifiers } = await figureOf('Au moins 12 civils ont été tués mardi dans une frappe sur Hajin.');
    expect(stated).toEqual({ civilians_killed: 12 });
    expect(qualifiers).toEqual({ civilians_killed: 'at_least' });
  });

  it('keeps "N morts et M blessés" apart: the dead killed, the wounded injured', async () => {
    const { stated } = await figureOf("L'attaque contre le marché a fait 30 morts et 12 blessés.");
    expect(stated).toEqual({ killed: 30, injured: 12 });
  });

  it('reads "plusieurs" and "des dizaines de" before a victim noun as a figure of unstated size', async () => {
    expect(await figureOf('Plusieurs civils ont été tués mardi dans une frappe sur Hajin.')).toEqual({
      stated: { civilians_killed: null },
      qualifiers: { civilians_killed: 'at_least' },
    });
    expect((await figureOf('Le bombardement du marché a fait des dizaines de blessés.')).stated).toEqual({
      injured: null,
    });
    expect(casualties(await claimsOf('Plusieurs maisons ont été détruites par les frappes sur Hajin.'))).toEqual([]);
  });

  it('reads a "dont" breakdown as part of the toll before it', async () => {
    const { stated } = await figureOf('Une frappe de drone a tué 20 personnes, dont 8 enfants et 3 femmes.');
    expect(stated).toEqual({ killed: 20, children_killed: 8, women_killed: 3 });
  });

  it('reads "plus de" as more than, and "périr" as a death', async () => {
    const { stated, qualifiers } = await figureOf('Plus de 40 civils ont péri dans le bombardement du village.');
    expect(stated).toEqual({ civilians_killed: 40 });
    expect(qualifiers).toEqual({ civilians_killed: 'more_than' });
  });

  it('reads "environ N personnes ont été blessées" as injured, about', async () => {
    const { stated, qualifiers } = await figureOf('Environ 15 personnes ont été blessées lors du bombardement.');
    expect(stated).toEqual({ injured: 15 });
    expect(qualifiers).toEqual({ injured: 'about' });
  });

  it('reads "près de" as about', async () => {
    const { qualifiers } = await figureOf('Près de 50 civils ont trouvé la mort dans les frappes sur Hajin.');
    expect(qualifiers).toEqual({ civilians_killed: 'about' });
  });

  it('takes the new figure of a toll that grew ("le bilan s\'est alourdi à")', async () => {
    const { stated } = await figureOf("Le bilan de l'attaque s'est alourdi à 25 morts.");
    expect(stated).toEqual({ killed: 25 });
  });

  it('counts soldiers as combatants, never as civilians', async () => {
    const { stated } = await figureOf('15 soldats ont été tués dans une embuscade près de Hajin.');
    expect(stated).toEqual({ combatants_killed: 15, killed: 15 });
  });

  it('reads a toll "réparti comme suit" as a total', async () => {
    const claims = await claimsOf(
      '12 civils ont été tués lundi dans la province, un bilan réparti comme suit : 7 à Gao et 5 à Ménaka.',
    );
    expect(claims.map((c) => c.type)).toEqual(['aggregate']);
    const next = await claimsOf(
      '12 civils ont été tués lundi. Les victimes se répartissent comme suit : 7 à Gao, 5 ailleurs.',
    );
    expect(next.map((c) => c.type)).toEqual(['aggregate']);
  });

  it('reads no casualty in a count of strikes', async () => {
    expect(casualties(await claimsOf('30 frappes ont visé la ville la semaine dernière.'))).toEqual([]);
  });
});

describe('French denials and acknowledgments', () => {
  it('reads "a démenti toute victime civile" as a denial', async () => {
    const claims = await claimsOf("L'armée a démenti toute victime civile lors de la frappe de lundi.");
    expect(ofType(claims, 'denial')).toHaveLength(1);
  });

  it('reads "rejette les accusations" as a denial, but not "rejette" without an accusation', async () => {
    expect(
      ofType(await claimsOf('Le gouvernement rejette les accusations de bombardement de civils.'), 'denial'),
    ).toHaveLength(1);
    expect(ofType(await claimsOf('Le gouvernement rejette le projet de loi sur les frappes.'), 'denial')).toEqual([]);
  });

  it('reads "a reconnu que la frappe avait tué des civils" as an acknowledgment', async () => {
    const claims = await claimsOf('Le ministère de la Défense a reconnu que la frappe avait tué des civils.');
    expect(ofType(claims, 'acknowledgment')).toHaveLength(1);
    expect(ofType(claims, 'denial')).toEqual([]);
  });
});

describe('French among the languages', () => {
  it('is told from English by its common words', () => {
    expect(languageOf("L'attaque a fait 9 blessés, dont 2 femmes.")).toBe('fr');
    expect(languageOf('The strike left 9 people wounded, including 2 women.')).toBe('en');
  });

  it('passes the casualty screen that spares the LLM, and a French text without casualties does not', () => {
    expect(hasCasualtyVocabulary("Huit enfants ont perdu la vie dans l'explosion.")).toBe(true);
    expect(hasCasualtyVocabulary('Le marché rouvre lundi après les travaux.')).toBe(false);
  });

  it('leaves English alone where French words look like English ones ("Tue", "mortar", "civil")', async () => {
    // "Tue" (Tuesday) before a day's number is no French "tue"; "civil servants" are no French "civils".
    const english = await claimsOf('Markets reopened on Tue 12 March. Civil defence said 4 civil servants moved.');
    expect(casualties(english)).toEqual([]);
  });
});

describe('French qualifiers written with an elision', () => {
  it('reads "jusqu\'à" (typographic apostrophe too) as up to', async () => {
    const { qualifiers } = await figureOf('Les frappes ont tué jusqu’à 30 civils à Hajin.');
    expect(qualifiers).toEqual({ civilians_killed: 'up_to' });
  });
});

describe("French claimants, from the claimant table's French names", () => {
  const claimantOf = async (text: string) => (await claimsOf(text))[0]?.claimant.name;

  it('credits a figure to the source after "selon" or "d\'après"', async () => {
    expect(
      await claimantOf("Au moins 12 civils ont été tués à Hajin, selon l'Observatoire syrien des droits de l'homme."),
    ).toBe('Syrian Observatory for Human Rights');
    expect(await claimantOf("Selon l'ONU, 30 civils ont été tués dans les frappes sur Hajin.")).toBe('United Nations');
    expect(await claimantOf("D'après des sources locales, 5 enfants ont été tués à Hajin.")).toBe('local sources');
  });

  it('credits a figure to the subject after its verb, past a day ("…, a indiqué mardi l\'OSDH")', async () => {
    // The verb ends in an accented letter: the word's end is read by letter, not by JS \b.
    expect(await claimantOf("20 civils ont été tués à Hajin, a indiqué mardi l'OSDH.")).toBe(
      'Syrian Observatory for Human Rights',
    );
  });

  it('credits a statement to its subject ("Les Casques blancs ont indiqué que…")', async () => {
    expect(await claimantOf('Les Casques blancs ont indiqué que 7 personnes avaient été tuées à Hajin.')).toBe(
      'White Helmets',
    );
  });

  it('credits a denial to the party that makes it', async () => {
    const [denial] = ofType(
      await claimsOf("L'armée syrienne a démenti toute frappe contre des civils à Hajin."),
      'denial',
    );
    expect(denial?.claimant.name).toBe('Syrian government');
  });
});

describe('French constructions a word list cannot say', () => {
  it('names the party that struck after its strikes ("frappes russes", "la coalition a frappé")', async () => {
    expect(casualties(await claimsOf('Des frappes russes ont tué 9 civils à Hajin.'))[0]?.perpetrator).toBe('russia');
    expect(
      casualties(await claimsOf('La coalition internationale a frappé Hajin, tuant 6 civils.'))[0]?.perpetrator,
    ).toBe('coalition');
  });

  it('does not blame the target ("frappes contre les rebelles")', async () => {
    const [claim] = casualties(await claimsOf('Des frappes contre les rebelles ont tué 4 civils à Hajin.'));
    expect(stated(claim)).toEqual({ civilians_killed: 4 });
    expect(claim?.perpetrator).toBeUndefined();
  });

  it('reads a count since the start of a war as a total, not an incident', async () => {
    const claims = await claimsOf('Depuis le début de la guerre, plus de 300 civils ont été tués à Hajin.');
    expect(casualties(claims)).toEqual([]);
    expect(ofType(claims, 'aggregate')).toHaveLength(1);
  });

  it('reads a belligerent\'s "n\'a pas mené de frappes" as its denial', async () => {
    const [denial] = ofType(
      await claimsOf("L'armée syrienne affirme qu'elle n'a pas mené de frappes sur Hajin."),
      'denial',
    );
    expect(denial?.claimant.name).toBe('Syrian government');
  });

  it('reads reports called false ("qualifié de mensongères les informations") as a denial', async () => {
    const claims = await claimsOf(
      'Le ministère russe de la Défense a qualifié de mensongères les informations sur des frappes contre des civils.',
    );
    expect(ofType(claims, 'denial')[0]?.claimant.name).toBe('Russian Ministry of Defence');
  });

  it('reads a hedged admission ("pourraient avoir tué") as an acknowledgment', async () => {
    // No admission verb here: the hedge alone admits.
    const claims = await claimsOf('La coalition a déclaré que ses frappes pourraient avoir tué des civils à Hajin.');
    expect(ofType(claims, 'acknowledgment')[0]?.claimant.name).toBe('US-led coalition');
  });
});

describe('French: a crime is not the conflict', () => {
  it('reads no claim of people killed in a burglary or a settling of scores', async () => {
    expect(casualties(await claimsOf('2 hommes ont été tués lors d’un cambriolage à Gao.'))).toEqual([]);
    expect(casualties(await claimsOf('3 jeunes ont été tués dans un règlement de comptes à Gao.'))).toEqual([]);
  });
});

describe('French dates', () => {
  const claimsOn = claimsReader({ publishedAt: '2024-03-13' });

  it('dates a figure by a French weekday, the last one before publication ("tués mardi")', async () => {
    const [claim] = casualties(await claimsOn('Au moins 12 civils ont été tués mardi dans une frappe sur Hajin.'));
    expect(claim?.date).toEqual({ from: '2024-03-12', to: '2024-03-12' });
  });

  it('dates a figure by a French day, month and year ("le 10 mars 2024")', async () => {
    const [claim] = casualties(await claimsOn('Le 10 mars 2024, 7 civils ont été tués à Hajin.'));
    expect(claim?.date).toEqual({ from: '2024-03-10', to: '2024-03-10' });
  });
});
