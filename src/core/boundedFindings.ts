import { comparePlace, findingKey, MAX_FINDINGS_PER_CODE, worse } from './capFindings';
import type { Finding, Range, Severity } from './types';

/**
 * The collector's early bound for codes whose severity is final when reported: per file and code it keeps
 * only the first `MAX_FINDINGS_PER_CODE + 1` by place (the +1 becomes the cap's summary) and counts the
 * rest, so a 3.8 MB flow list of 1.9 million wrong items never holds 1.9 million formatted findings.
 * Each bucket is a sorted array of at most 201: reports arriving in document order cost O(1), any order
 * O(201) at worst. `capFindings` later gets the same first 200 and the counts of what was left out.
 */
export class BoundedFindings {
  private readonly buckets = new Map<string, Finding[]>();
  /** What was left out, per `findingKey`: how many and the most severe. */
  readonly dropped = new Map<string, { count: number; severity: Severity }>();
  private readonly keep = MAX_FINDINGS_PER_CODE + 1;

  /** Whether a finding at this place would be kept (so its message is worth formatting); counts it if not. */
  admits(code: string, file: string, range: Range, severity: Severity): boolean {
    const bucket = this.buckets.get(findingKey(code, file));
    if (!bucket || bucket.length < this.keep || comparePlace({ range, severity }, bucket[bucket.length - 1]) < 0) return true;
    this.drop(findingKey(code, file), severity);
    return false;
  }

  /** Adds an admitted finding, pushing the last kept one out when the bucket is full. */
  add(f: Finding): void {
    const key = findingKey(f.code, f.file);
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = []));
    let at = bucket.length;
    while (at > 0 && comparePlace(f, bucket[at - 1]) < 0) at--;
    bucket.splice(at, 0, f);
    if (bucket.length > this.keep) this.drop(key, bucket.pop()!.severity);
  }

  /** Every kept finding. */
  all(): Finding[] {
    return [...this.buckets.values()].flat();
  }

  private drop(key: string, severity: Severity): void {
    const d = this.dropped.get(key);
    if (d) {
      d.count++;
      d.severity = worse(d.severity, severity);
    } else this.dropped.set(key, { count: 1, severity });
  }
}
