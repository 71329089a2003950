import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { buildStatus } from '../../../src/core/status/statusBuilder';
import type { EngagementStatus } from '../../../src/core';
import { TODAY } from '../helpers/checkFixture';
import { MemoryFs } from '../helpers/memoryFs';

/** Checks in-memory files of one engagement and builds its status. */
export async function statusOf(files: Record<string, string>, today = TODAY): Promise<EngagementStatus> {
  const [report] = await checkWorkspace(new MemoryFs(files), { today });
  return buildStatus(report.engagement, report.findings, { today });
}

/** A Markdown deliverable with front matter. */
export function doc(kind: string, front: Record<string, string> = {}, body = '# Doc\n'): string {
  const fm = Object.entries({ kind, ...front }).map(([k, v]) => `${k}: ${v}`);
  return `---\n${fm.join('\n')}\n---\n${body}`;
}
