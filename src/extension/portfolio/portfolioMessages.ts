import type { PortfolioWebviewMessage } from '../../webview/portfolio/protocol';

const MAX_KEY = 2048;
const MAX_REQUIREMENT = 200;

/**
 * Checks a message from the portfolio panel: exact shape and an engagement the host knows. Returns the
 * message rebuilt from its checked fields, or undefined (the page is not trusted).
 */
export function validatePortfolioMessage(raw: unknown, known: (key: string) => boolean): PortfolioWebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m);
  if (m.type === 'ready') return keys.length === 1 ? { type: 'ready' } : undefined;
  if (m.type === 'openRequirement') {
    if (keys.length !== 3 || typeof m.key !== 'string' || m.key.length === 0 || m.key.length > MAX_KEY) return undefined;
    if (typeof m.requirement !== 'string' || m.requirement.length === 0 || m.requirement.length > MAX_REQUIREMENT) return undefined;
    return known(m.key) ? { type: 'openRequirement', key: m.key, requirement: m.requirement } : undefined;
  }
  if (m.type !== 'open' || keys.length !== 2 || typeof m.key !== 'string' || m.key.length === 0 || m.key.length > MAX_KEY) return undefined;
  return known(m.key) ? { type: 'open', key: m.key } : undefined;
}
