// The offline rules extractor and the helpers other extractors reuse.
export { RulesExtractor, extractWithRules, languageOf } from './rules-extractor.ts';
export { readNumbers, readVagueAmounts, type NumberMention, type VagueAmount } from '../../text/numbers.ts';
export { hasCasualtyVocabulary } from './vocabulary.ts';
export { CLAIMANTS, type ClaimantEntry } from './claimant-table.ts';
