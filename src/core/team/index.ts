/** The team views over many engagements: portfolio, 售前考评 and the product-gap log (docs/team.md). */
export { engagementFacts, type EngagementFacts, type GapEntry } from './engagementFacts';
export type { EngagementEvaluation } from './engagementEvaluation';
export type { CurrencyAmount } from './currencyTotals';
export { buildPortfolio, type Portfolio, type PortfolioOptions, type PortfolioRow, type PortfolioTotals, type StageTotal } from './portfolio';
export { evaluateByPerson, type PersonEvaluation } from './personEvaluation';
export { buildGapLog, GAP_ORDER, type GapArea, type GapLog, type GapTypeTotal } from './productGaps';
export type { ReasonCount } from './winLoss';
