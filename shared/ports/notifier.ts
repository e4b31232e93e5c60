import type { Alert } from '../domain/schema.ts';

/** Sends one alert to analysts. Must throw when the alert was not accepted, so it is retried. */
export interface Notifier {
  publish(alert: Alert): Promise<void>;
}
