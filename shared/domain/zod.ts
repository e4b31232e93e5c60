// The project's zod: every schema imports `z` from here, never from the package.
//
// zod/mini, not classic zod: its functional API (z.optional(s), s.check(z.minLength(1))) tree-shakes, where
// classic zod hangs every method on every schema and puts all of it (~95 KB) into each Lambda bundle. zod/mini
// ships no messages of its own ("Invalid input" for every problem), so the English ones are set here, once, before
// any schema parses: operators read bad config, bad env, bad events and bad LLM output in plain English.
import { en } from 'zod/locales';
import { config } from 'zod/mini';

config(en());

export * from 'zod/mini';
