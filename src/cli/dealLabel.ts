import type { PortfolioRow } from '../core';

/**
 * "Delta Freight [delta]": how the team reports name a deal in a list — the customer a lead knows, with the id
 * that tells two copies apart (the folder when there is neither).
 */
export function dealLabels(rows: readonly PortfolioRow[]): (entry: { id: string | null; folder: string }) => string {
  const byFolder = new Map(rows.map((r) => [r.folder, r]));
  return ({ id, folder }) => {
    const name = byFolder.get(folder)?.customer ?? byFolder.get(folder)?.title ?? null;
    if (name && id) return `${name} [${id}]`;
    return name ?? id ?? (folder || '.');
  };
}
