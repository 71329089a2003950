import * as vscode from 'vscode';
import { isValidId, type Language, NEW_ENGAGEMENT_KINDS, parseAmount, renderTemplate, templatePlan, type TemplateVars } from '../../core';
import { amountHint, amountProblem } from './amountStep';
import { localToday } from '../localToday';
import { createFiles, exists } from './applyWrites';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { askText, oneOf, pickOne } from './prompts';
import { readTemplate } from './templates';
import { canWrite } from './writeGuard';

const CATEGORIES = ['product', 'solution', 'consulting'] as const;
const LANGUAGES = ['zh-CN', 'en'] as const;

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
      const id = stringArg(a, 'id') ?? (await askText(vscode.l10n.t('Engagement id (also the folder name), e.g. acme-his'), { required: true, validate: idProblem }));
      if (id === undefined) return;
      if (idProblem(id)) return void vscode.window.showErrorMessage(idProblem(id)!);
      const root = vscode.Uri.joinPath(parent, id);
      if (await exists(root)) return void vscode.window.showErrorMessage(vscode.l10n.t('The folder {0} already exists; choose another id.', id));
      const customer = stringArg(a, 'customer') ?? (await askText(vscode.l10n.t("Customer's full name"), { required: true }));
      if (customer === undefined) return;
      const title = stringArg(a, 'title') ?? (await askText(vscode.l10n.t("Project title, in the customer's words"), { required: true }));
      if (title === undefined) return;
      const category = oneOf(a.category, CATEGORIES) ?? (await pickOne(vscode.l10n.t('Presales category'), [
        { label: vscode.l10n.t('Product presales'), description: 'product', value: 'product' as const },
        { label: vscode.l10n.t('Solution presales'), description: 'solution', value: 'solution' as const },
        { label: vscode.l10n.t('Consulting presales'), description: 'consulting', value: 'consulting' as const },
      ]));
      if (!category) return;
      const language = oneOf(a.language, LANGUAGES) ?? (await pickOne<Language>(vscode.l10n.t('Document language'), [
        { label: '中文（简体）', description: 'zh-CN', value: 'zh-CN' },
        { label: 'English', description: 'en', value: 'en' },
      ]));
      if (!language) return;
      const givenBudget = typeof a.budget === 'number' ? { value: a.budget } : typeof a.budget === 'string' && parseAmount(a.budget).ok ? (parseAmount(a.budget) as { value: number; currency?: string }) : undefined;
      const budget = givenBudget ?? (await askBudget());
      if (budget === undefined) return;
      const owner = stringArg(a, 'owner') ?? (Object.keys(a).length > 0 ? '' : await askText(vscode.l10n.t('Presales lead (optional)')));
      if (owner === undefined) return;
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

async function askBudget(): Promise<{ value: number; currency?: string } | undefined> {
  const text = await askText(vscode.l10n.t('Budget amount ({0})', amountHint()), { required: true, validate: (v) => amountProblem(v) });
  const parsed = text === undefined ? undefined : parseAmount(text);
  return parsed?.ok ? { value: parsed.value, currency: parsed.currency } : undefined;
}
