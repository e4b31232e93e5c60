// The offline rules extractor and the helpers other extractors reuse.

export { type NumberMention, readNumbers } from '../../text/numbers.ts';
export { CLAIMANTS, type ClaimantEntry } from './claimant-table.ts';
export { languageOf } from './language-of.ts';
export { extractWithRules, RulesExtractor } from './rules-extractor.ts';
export { readVagueAmounts, type VagueAmount } from './vague-amounts.ts';
export { hasCasualtyVocabulary } from './vocabulary.ts';
