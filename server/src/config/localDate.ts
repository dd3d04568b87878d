/** `YYYY-MM-DD` in local time: the date the user sees on their calendar. The core never reads the clock; the adapters pass this in. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
