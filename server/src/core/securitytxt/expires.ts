// The Expires field as the date rules and the Renew Expires command see it.
import { fixFrom } from '../fixes';
import type { AnalysisContext, Fix } from '../types';
import { addYear, DEFAULT_RENEW_DAYS, DEFAULT_WARNING_DAYS, dayStart, parseRfc3339, renewedValue } from './datetime';
import type { SecurityTxt, TxtField } from './parse';

export interface ExpiresState {
  readonly field: TxtField;
  /** The instant it names. */
  readonly time: number;
  /** Start of today (UTC ms of the context's local date). */
  readonly today: number;
}

/** The first Expires field when it is a valid date and the context has a date; the date rules need all three. */
export function datedExpires(txt: SecurityTxt, context: AnalysisContext): ExpiresState | undefined {
  const field = txt.fieldsNamed('expires')[0];
  const today = dayStart(context.today);
  if (!field || today === undefined) return undefined;
  const time = parseRfc3339(field.value);
  return time === undefined ? undefined : { field, time, today };
}

export function renewDays(context: AnalysisContext): number {
  return context.expiresRenewDays ?? DEFAULT_RENEW_DAYS;
}

export function warningDays(context: AnalysisContext): number {
  return context.expiresWarningDays ?? DEFAULT_WARNING_DAYS;
}

/** Start of the first day that is more than a year after today: an Expires at or past it is "too far". */
export function tooFarFrom(today: number): number {
  return addYear(today) + 86_400_000;
}

/**
 * "Renew Expires to …": the date set to today + the renewal period, time and offset kept as written.
 * A proposal (needsInput): renewing asserts the rest of the file is still right, which only the
 * author can say, so Fix All never renews on its own.
 */
export function renewFix(field: TxtField, today: number, context: AnalysisContext): Fix {
  const value = renewedValue(field.value, today, renewDays(context));
  return fixFrom(`Renew Expires to ${value}`, [{ start: field.valueStart, end: field.valueEnd, newText: value }], {
    proposal: true,
  });
}
