// The two alert-text settings as environment variables: the stack sets them on the process function from its
// config (smsPlaceScript, incidentUrlPattern), and `claimwatch run` reads them from the shell.
import { type AlertTextOptions, PLACE_SCRIPTS, type PlaceScript } from '../domain/alert-summary.ts';
import { httpUrl } from '../domain/untrusted-text.ts';

export const ALERT_TEXT_ENV = {
  smsPlaceScript: 'CLAIMWATCH_SMS_PLACE_SCRIPT',
  incidentUrlPattern: 'CLAIMWATCH_INCIDENT_URL_PATTERN',
} as const;

/** Throws with the variable's name when a value is wrong: a misconfigured text should fail the start, not an SMS. */
export function alertTextOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): AlertTextOptions {
  const script = env[ALERT_TEXT_ENV.smsPlaceScript] || 'latin';
  if (!PLACE_SCRIPTS.includes(script as PlaceScript)) {
    throw new Error(`${ALERT_TEXT_ENV.smsPlaceScript} must be ${PLACE_SCRIPTS.join(' or ')} (got "${script}")`);
  }
  const pattern = env[ALERT_TEXT_ENV.incidentUrlPattern] || undefined;
  if (pattern !== undefined && !isIncidentUrlPattern(pattern)) {
    throw new Error(
      `${ALERT_TEXT_ENV.incidentUrlPattern} must be an http(s) URL containing {id} or {ref} (got "${pattern}")`,
    );
  }
  return { smsPlaceScript: script as PlaceScript, ...(pattern ? { incidentUrlPattern: pattern } : {}) };
}

export function isIncidentUrlPattern(pattern: string): boolean {
  return /\{(?:id|ref)\}/.test(pattern) && httpUrl(pattern.replaceAll(/\{(?:id|ref)\}/g, 'x')) !== undefined;
}
