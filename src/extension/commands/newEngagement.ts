import * as vscode from 'vscode';
import { CATEGORIES, type Category, isFiniteNumber, isValidId, type Language, LANGUAGES, type Localized, NEW_ENGAGEMENT_KINDS, parseAmount, renderTemplate, templatePlan, type TemplateVars, textOf } from '../../core';
import { displayLanguageOf } from '../displayLanguage';
import { localToday } from '../localToday';
import { amountHint, amountProblem } from './amountStep';
import { createFiles, exists } from './applyWrites';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { oneOf } from './prompts';
import { inputStep, pickStep, type Row, runWizard, settle, type WizardStep } from './wizard';
import { choiceDescription } from './recordChoices';
import { readTemplate } from './templates';
import { canWrite } from './writeGuard';

/**
 * `presales.newEngagement`: asks for the id (= folder name), customer, title, category, language and budget
 * (amounts as writers type them: "120万", "1.2亿", "1.2M", "500k"; a currency in it, "￥120万", is kept),
 * then creates the folder with engagement.yaml, the lists and the kickoff interface form from the templates.
 * Args (all optional): `{ folder: Uri, id, title, customer, category, language, budget (number or amount text), currency, owner }`.
 */
export function newEngagementCommand(services: CommandServices): Command {
  return {
    id: 'presales.newEngagement',
    async execute(arg?: unknown) {
      if (!canWrite()) return;
      const a = argsOf(arg);
      const parent = a.folder instanceof vscode.Uri ? a.folder : await pickParent();
      if (!parent) return;
      const scripted = Object.keys(a).length > 0;
      // A budget argument: a number, or an amount as a writer types it ("120万", "1.2M").
      const budgetText = textOf(a.budget);
      const parsedBudget = budgetText !== undefined ? parseAmount(budgetText) : undefined;
      const givenBudget = isFiniteNumber(a.budget) ? { value: a.budget } : parsedBudget?.ok ? (parsedBudget as { value: number; currency?: string }) : undefined;
      const r: { id?: string; customer?: string; title?: string; category?: Category; language?: Language; budget?: { value: number; currency?: string }; owner?: string } = {
        id: stringArg(a, 'id'), customer: stringArg(a, 'customer'), title: stringArg(a, 'title'),
        category: oneOf(a.category, CATEGORIES), language: oneOf(a.language, LANGUAGES), budget: givenBudget,
        owner: stringArg(a, 'owner') ?? (scripted ? '' : undefined),
      };
      const given = { ...r };
      const steps: WizardStep[] = [
        { skip: () => given.id !== undefined, run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t('Engagement id (also the folder name), e.g. acme-his'), value: r.id, validate: idProblem }), (v) => (r.id = v)) },
        { skip: () => given.customer !== undefined, run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t("Customer's full name"), value: r.customer }), (v) => (r.customer = v)) },
        { skip: () => given.title !== undefined, run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t("Project title, in the customer's words"), value: r.title }), (v) => (r.title = v)) },
        { skip: () => given.category !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Presales category'), rows: categoryRows(), active: r.category }), (v) => (r.category = v ?? undefined)) },
        { skip: () => given.language !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Document language'), rows: languageRows(), active: r.language }), (v) => (r.language = v ?? undefined)) },
        {
          skip: () => given.budget !== undefined,
          run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t('Budget amount ({0})', amountHint()), value: r.budget ? String(r.budget.value) : undefined, validate: (v) => amountProblem(v) }), (v) => {
            const parsed = parseAmount(v);
            if (parsed.ok) r.budget = { value: parsed.value, currency: parsed.currency };
          }),
        },
        { skip: () => given.owner !== undefined, run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t('Presales lead'), value: r.owner, optional: true }), (v) => (r.owner = v)) },
      ];
      if (!(await runWizard(vscode.l10n.t('New Engagement'), steps))) return;
      const { id, customer, title, category, language, budget } = r;
      if (!id || !customer || !title || !category || !language || !budget) return;
      if (idProblem(id)) return void vscode.window.showErrorMessage(idProblem(id)!);
      const root = vscode.Uri.joinPath(parent, id);
      if (await exists(root)) return void vscode.window.showErrorMessage(vscode.l10n.t('The folder {0} already exists; choose another id.', id));
      const owner = r.owner ?? '';
      const vars: TemplateVars = {
        id, title, customer, category, language, budget: budget.value, owner,
        currency: stringArg(a, 'currency') ?? budget.currency ?? (language === 'zh-CN' ? 'CNY' : 'USD'),
        date: localToday(),
        stage: 'kickoff',
      };
      const plan = templatePlan(language, NEW_ENGAGEMENT_KINDS);
      const files = await Promise.all(plan.map(async (p) => ({
        uri: vscode.Uri.joinPath(root, ...p.target.split('/')),
        text: renderTemplate(await readTemplate(services.extensionUri, p.template), vars, p.format),
      })));
      if (!(await createFiles(files))) return;
      await vscode.window.showTextDocument(files[0].uri, { preview: false });
      await services.store.refresh();
    },
  };
}

function idProblem(id: string): string | undefined {
  return isValidId(id) ? undefined : vscode.l10n.t('Use letters, digits, "-", "_" or "." only, starting with a letter or digit (no spaces or slashes).');
}

async function pickParent(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: a new engagement is created inside it.'));
    return undefined;
  }
  if (folders.length === 1) return folders[0].uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Where should the engagement folder go?') }))?.uri;
}

/** The presales categories, described in both languages. */
function categoryRows(): Row<Category>[] {
  const names: Record<Category, Localized> = {
    product: { 'zh-CN': '产品类售前', en: 'Product presales' },
    solution: { 'zh-CN': '方案类售前', en: 'Solution presales' },
    consulting: { 'zh-CN': '咨询类售前', en: 'Consulting presales' },
  };
  const detail: Record<Category, string> = {
    product: vscode.l10n.t('Selling a product: demos, tests, parameters'),
    solution: vscode.l10n.t('A solution built from products and services for this customer'),
    consulting: vscode.l10n.t('Advice and planning; the deliverable is the insight'),
  };
  const lang = displayLanguageOf(vscode.env.language);
  return CATEGORIES.map((c) => ({ label: names[c][lang], description: choiceDescription(c, names[c]), detail: detail[c], value: c }));
}

/** The languages an engagement's documents and findings can be written in. */
function languageRows(): Row<Language>[] {
  return [
    { label: '中文（简体）', description: 'zh-CN · 中文 / Chinese', detail: vscode.l10n.t('Templates, messages and checks in Chinese'), value: 'zh-CN' },
    { label: 'English', description: 'en · 英文 / English', detail: vscode.l10n.t('Templates, messages and checks in English'), value: 'en' },
  ];
}
