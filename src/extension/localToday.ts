/** Today's local date as YYYY-MM-DD; the store asks at every check, so a session past midnight moves on. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
