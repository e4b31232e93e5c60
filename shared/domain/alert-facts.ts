import type { Alert } from './schema.ts';

/** The parts of an alert that the rules decide (alert-rules.ts); the texts are rendered from them (alert-text.ts). */
export type AlertFacts = Omit<Alert, 'subject' | 'sms' | 'email'>;
