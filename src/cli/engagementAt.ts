import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { discoverEngagements, type Engagement, loadEngagement } from '../core';
import { NodeEngagementFs } from './nodeFs';
import { UsageError } from './usageError';

/** One engagement loaded from its own folder, with the absolute folder and the file system rooted there. */
export interface EngagementAt {
  root: string;
  fs: NodeEngagementFs;
  engagement: Engagement;
}

/**
 * Loads the engagement whose engagement.yaml lies directly in `folder` (the commands that work on one
 * engagement: export, trace). A missing folder or engagement.yaml is a usage error.
 */
export async function loadEngagementAt(folder: string): Promise<EngagementAt> {
  const root = nodePath.resolve(folder);
  if (!(await fsp.stat(root).catch(() => undefined))?.isDirectory()) throw new UsageError(`not a folder: ${folder}`);
  const fs = new NodeEngagementFs(root);
  const found = (await discoverEngagements(fs, '')).find((d) => d.root === '');
  if (!found) throw new UsageError(`no engagement.yaml in ${folder}`);
  return { root, fs, engagement: await loadEngagement(fs, found) };
}
