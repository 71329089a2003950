/**
 * The core's public surface: the only module `src/extension/` and `src/cli/` import (lint enforces it).
 * Everything here is pure — no `vscode`, no Node I/O; hosts plug in through `EngagementFs`.
 *
 *   file bytes → parse (SourceFile with positions) → readEngagement (typed records) → rules (findings)
 *   → buildStatus (views) → adapters
 */

// Check and status: one `CheckOptions` for both.
export type { CheckOptions } from './checkOptions';
export { checkEngagement } from './checkEngagement';
export { checkWorkspace, forEachEngagementReport, type EngagementReport, type WorkspaceCheckOptions } from './checkWorkspace';
export { buildStatus, type EngagementStatus } from './status/statusBuilder';
export type { DeliverableStatus, GateBlocker, StageProgress } from './status/stageProgress';
export type { StakeholderChip, StakeholderMap, TypeCoverage } from './status/stakeholderMap';
export type { ConcernCoverage } from './status/concernCoverage';
export type { NeedsSummary } from './status/needsSummary';
export type { BidSummary } from './status/bidSummary';
export type { BudgetSummary } from './status/budgetSummary';
export type { ScoreItemStatus, ScoreScenarioStatus, ScoreSummary } from './status/scoreSummary';
export type { PitfallGroup, PitfallItem } from './status/pitfalls';
export type { QualificationSummary } from './status/qualificationSummary';
export type { FindingTotals, OtherFindings } from './status/findingTotals';
export { errorTally, type ErrorTally } from './status/errorTally';
export type { RequirementFlag } from './status/requirementFlags';
export { nextStage, stageSkipped } from './model/stageSkip';

// Loading: discovery, parsing (with a cache) and the typed model.
export { discoverEngagements, discoverWorkspace, ENGAGEMENT_FILE, isSkippedFolder, MAX_DEPTH, type DiscoveredEngagement, type Discovery, type DiscoveryProblem } from './discoverEngagements';
export { discoveryFindings } from './discoveryFindings';
export { duplicateEngagementIds, duplicateIdFinding, EngagementIdIndex, engagementIdSite, type EngagementIdSite, firstHolder, type IdHolder, underIdLevel, underIdPolicy, withWorkspaceFinding } from './duplicateEngagementIds';
export { loadEngagement } from './loadEngagement';
export { MAX_FILE_BYTES } from './parse/decodeText';
export { ParseCache } from './parse/parseCache';
export { releaseBodies } from './language/releaseBodies';
export { isEngagementFilePath, type FileParser, type SourceFile } from './parse/sourceFile';
export type { EngagementFs, FileEntry } from './workspace';
export { joinPath } from './workspace';
export type * from './model/records';
export { filesOfKind } from './model/engagement';
export { owesFollowUp, owesFollowUpAt } from './model/followUps';
export type { Source, Where } from './model/source';
export { traceability, type AnsweredAt, type ClauseTrace, type ControlAt, type DeviationAt, type PricedAt, type RequirementTrace, type SourceAt, type Traceability } from './model/traceability';

// Language features over one id index (hover, definition, references, completion, rename, code lenses).
export { buildIdIndex, definitionAt, definitionsOf, referencesAt, referencesOf, siteAt, type IdIndex, type IdKind, type IdSite } from './language/idIndex';
export { hoverAt, type CardOptions, type HoverCard } from './language/hoverCards';
export { completionsAt, type IdCompletion } from './language/completeIds';
export { renameEdits, renameTarget, type RenameEdit, type RenamePlan } from './language/renameId';
export { lensesIn, type IdLens } from './language/idLenses';
export { engagementWithText, indexWithText } from './language/liveEngagement';

// The method as data, and what every code says about itself.
export { KIND_SPECS, isKind, type Kind } from './method/kinds';
export { STAGES, stageIndex, stageSpec, type StageSpec } from './method/stages';
export { CONCERNS, DECISION_TYPES } from './method/concerns';
export { term } from './method/glossary';
export * from './method/vocabulary';
export { CODE_META, codeMeta, FIXABLE_CODES, PITFALL_CODES, POLICY_THRESHOLDS, policyValue } from './rules/ruleList';
export type { RuleMeta, Threshold } from './rules/rule';
export { explainPage } from './explain/explainPage';

// Text helpers adapters share with the core.
export { addDays, daysBetween, isoDay, localIsoDate } from './text/isoDate';
export { AMOUNT_PROBLEMS, parseAmount, type AmountProblem, type ParsedAmount } from './text/parseAmount';
// Shape guards for what crosses a boundary untyped (webview messages, command arguments, cache JSON).
export { isBoolean, isBoundedText, isCount, isFields, isFiniteNumber, isInteger, isText, listOf, oneOfValues, onlyKeys, optional, shape, textOf, type Fields, type Guard } from './text/valueGuards';
export { formatAmount } from './text/formatAmount';
export { formatMessage } from './text/formatMessage';
export type { Finding, Localized, Position, Range, Severity } from './types';

// Team views over many engagements: portfolio, 售前考评, product-gap log (owned by core/team).
export { buildGapLog, buildPortfolio, engagementFacts, evaluateByPerson, GAP_ORDER, type CurrencyAmount, type EngagementEvaluation, type EngagementFacts, type GapArea, type GapLog, type GapTypeTotal, type PersonEvaluation, type Portfolio, type PortfolioOptions, type PortfolioRow, type PortfolioTotals, type ReasonCount, type StageTotal } from './team';
export { DEFAULT_STALLED_DAYS, DUE_WINDOW_DAYS, STAGE_WEIGHTS } from './method/pipelineWeights';

// Comment-preserving edits (owned by core/edit; adapters apply them through WorkspaceEdit).
export { insertMissingField, setField, setStage } from './edit/fieldEdit';
export { isValidId, nextRequirementId } from './edit/ids';
export { suggestId } from './edit/suggestId';
export { appendListItem } from './edit/listEdit';
export { renderTemplate, type TemplateVars } from './edit/renderTemplate';
export { safeJoin } from './edit/safeJoin';
export { insertSection } from './edit/sectionEdit';
export { NEW_ENGAGEMENT_KINDS, templatePlan } from './edit/templatePlan';
export { applyEdits, toTextEdits, type EditPlan, type EditRefusal, type OffsetEdit } from './edit/textEdit';
export { editYamlRegion } from './edit/yamlRegion';

// Export to DOCX/HTML (owned by core/export).
export { defaultExportName, EXPORT_FORMATS, EXPORT_KINDS, hasExportSource, isExportFormat, isExportKind, type ExportFormat, type ExportKind } from './export/buildExport';
export { exportFile, exportTimestamp } from './export/exportFile';
