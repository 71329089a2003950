import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { buildStatus } from '../../../src/core/status/statusBuilder';
import { statusText } from '../../../src/cli/statusText';
import { TODAY } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';
import { MemoryFs } from '../helpers/memoryFs';

const pricing = (currency: string, price: number) => `kind: pricing\ncurrency: ${currency}\nlines:\n  - item: x\n    unit_price: ${price}\n`;
async function both(files: Record<string, string>) {
  const [report] = await checkWorkspace(new MemoryFs({ 'engagement.yaml': engagementYaml({ stage: 'solution', budget: 1_000_000, currency: 'CNY' }), ...files }), { today: TODAY });
  return { findings: report.findings, status: buildStatus(report.engagement, report.findings, { today: TODAY }) };
}

describe('check and status agree on the priced total (#16 class 13)', () => {
  it('two pricing files: the same sum in the finding and in the budget view', async () => {
    // 1,300,000 + 900,000 = 2,200,000 = 2.2 × the budget: an error past 2×, in check and in status alike
    const { findings, status } = await both({ '04-solution/a.yaml': pricing('CNY', 1_300_000), '04-solution/b.yaml': pricing('CNY', 900_000) });
    const creep = findings.find((f) => f.code === 'scope-creep')!;
    assert.deepEqual([creep.severity, creep.data?.priced], ['error', 2_200_000]);
    assert.deepEqual([status.budget.priced, status.budget.ratio], [2_200_000, 2.2]);
    assert.match(statusText(status), /priced 2,200,000 CNY \(220% of budget\) · past 2× the budget/);
  });

  it('pricing in USD against a CNY budget: no finding, no ratio, the amount labelled USD, and currency-mismatch', async () => {
    const { findings, status } = await both({ '04-solution/pricing.yaml': pricing('USD', 2_500_000) });
    assert.deepEqual(findings.filter((f) => f.code === 'scope-creep' || f.code === 'currency-mismatch').map((f) => f.code), ['currency-mismatch']);
    assert.deepEqual([status.budget.priced, status.budget.pricedCurrency, status.budget.ratio], [2_500_000, 'USD', undefined]);
    assert.doesNotMatch(statusText(status), /past 2×|2,500,000 CNY/);
  });
});
