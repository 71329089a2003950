import type { Severity } from '../types';
import { codeSpec } from './codes';

/** Thresholds of the pitfall rules. Defaults are the method's; `policy:` in engagement.yaml overrides. */
export interface Policy {
  scope_tolerance: number;
  scope_error_factor: number;
  follow_up_days: number;
  stale_contact_days: number;
  research_days_per_million: number;
  research_days_min: number;
  bid_deadline_days: number;
  rules: Record<string, Severity | 'off'>;
}

/** The method's defaults (METHODOLOGY.md, FORMAT.md). */
export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  scope_tolerance: 0.1,
  scope_error_factor: 2,
  follow_up_days: 3,
  stale_contact_days: 30,
  research_days_per_million: 10,
  research_days_min: 5,
  bid_deadline_days: 7,
  rules: {},
});

/** Merges an engagement's `policy:` over the defaults, ignoring values of the wrong type (schema reports them). */
export function resolvePolicy(raw: unknown): Policy {
  const out: Policy = { ...DEFAULT_POLICY, rules: {} };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_POLICY) as (keyof Policy)[]) {
    if (key !== 'rules' && typeof r[key] === 'number' && Number.isFinite(r[key])) (out[key] as number) = r[key] as number;
  }
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      if (sev === 'off' || sev === 'info' || sev === 'warning' || sev === 'error') out.rules[code] = sev;
    }
  }
  return out;
}

/** The severity a code has under a policy, or 'off'. */
export function severityFor(code: string, policy: Policy): Severity | 'off' {
  return policy.rules[code] ?? codeSpec(code)?.severity ?? 'warning';
}
