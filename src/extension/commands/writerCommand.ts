import type { Kind } from '../../core';
import type { EngagementState } from '../storeApi';
import type { CommandServices } from './command';
import { resolveEngagement } from './engagementArg';
import { listWriteAllowed } from './listWriteAllowed';
import { canWrite } from './writeGuard';

/**
 * The engagement a command that writes a record of `kind` may write to: the workspace is trusted, the
 * engagement resolves, and its file of that kind (if any) parses. Undefined (after saying why) otherwise.
 */
export async function writableEngagement(services: CommandServices, arg: unknown, kind: Kind): Promise<EngagementState | undefined> {
  if (!canWrite()) return undefined;
  const state = await resolveEngagement(services.store, arg);
  if (!state || !listWriteAllowed(state, kind)) return undefined;
  return state;
}
