import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVacuousEvidence, isVacuousPointer } from '../../../src/core/method/evidencePointers';
import { shortfallAdmission } from '../../../src/core/method/shortfallPhrases';

describe('shortfallAdmission', () => {
  it('recognises zh-CN admissions', () => {
    for (const [text, words] of [
      ['2 家（另 1 家评估中）', '评估中'],
      ['该功能暂不支持，将在后续版本提供', '暂不支持'],
      ['不满足', '不满足'],
      ['等保三级正在办理', '正在办理'],
      ['信创适配测评中', '测评中'],
      ['计划于 2027 年 Q2 支持', '计划于'],
      ['拟于明年取得认证', '拟于'],
      ['接口待开发', '待开发'],
      ['部分满足：仅支持门诊', '部分满足'],
    ]) assert.equal(shortfallAdmission(text), words, text);
  });
  it('recognises English admissions', () => {
    for (const [text, words] of [
      ['Not supported in the current release', 'Not supported'],
      ['On our roadmap for 2027', 'roadmap'],
      ['Certification in progress', 'in progress'],
      ['Under assessment by the lab', 'Under assessment'],
      ['Planned for the next version', 'Planned for'],
      ['Partially: outpatient only', 'Partially'],
    ]) assert.equal(shortfallAdmission(text), words, text);
  });
  it('does not take plans we deliver, staff we propose or waiting for an admission', () => {
    for (const text of [
      '支持，详见项目实施计划第 3 章',
      '拟派项目经理张三，具备 PMP 证书',
      '等待客户确认后实施',
      '按计划上线',
      'Go-live as planned in the project schedule',
      'Supported, see section 3.2',
      'Consolidates unlimited entities; intercompany invoices are mirrored and eliminated automatically',
      '完全满足，实测 800 TPS',
    ]) assert.equal(shortfallAdmission(text), undefined, text);
  });
  it('does not take compliance worded with a negation for an admission (review of real bids)', () => {
    for (const text of [
      '满足，不提供额外费用',
      '支持，系统不提供明文密码存储',
      '支持，暂无任何限制',
      '满足，暂未发现不兼容情况',
      '完全支持，免费提供后续版本升级',
      '承诺质保期内免费升级到后续版本',
      '满足，国家软件质量测评中心出具的检测报告见第 5 页',
      '支持，研发中心在本省',
      '我方按计划于合同签订后 30 日内交付',
      'Supported, with pending-transaction recovery',
      'Supported, including roadmap visibility for the customer',
      'Complies. Partial failures are retried automatically',
    ]) assert.equal(shortfallAdmission(text), undefined, text);
    // …while the admissions next to them still count.
    assert.equal(shortfallAdmission('该功能将在后续版本提供'), '后续版本');
    assert.equal(shortfallAdmission('暂无同类案例'), '暂无');
    assert.equal(shortfallAdmission('不提供原厂级接口'), '不提供');
    assert.equal(shortfallAdmission('Certification pending'), 'pending');
    assert.equal(shortfallAdmission('Partial support for SSO'), 'Partial support');
  });
  it('reads refusals of what nobody wants, needs that are not there and penalty terms as compliance', () => {
    for (const text of [
      '满足，系统不支持明文存储密码，符合等保要求',
      '满足，不支持弱口令登录',
      '满足，目前不需要额外硬件',
      '满足，尚不需要客户改造网络',
      '满足，不具备排他性，多家厂商可实现',
      '支持，暂无额外费用',
      '满足，不满足时按合同承担违约责任',
      '支持，未能及时响应时按合同赔付',
      '若不满足则按合同赔付',
      '完全满足，无部分满足项',
      '满足，计划中包含 4 次巡检',
      'The system does not support plaintext passwords, as required',
      'Supported; weak passwords are not supported by design',
      'Compliant; we do not provide any backdoor access',
    ]) assert.equal(shortfallAdmission(text), undefined, text);
    // …but 时 in 实时/小时 is no condition, and a need for something is still a shortfall.
    assert.equal(shortfallAdmission('不支持 24 小时连续运行'), '不支持');
    assert.equal(shortfallAdmission('暂不支持实时同步'), '暂不支持');
    assert.equal(shortfallAdmission('目前不支持离线时使用'), '目前不');
  });
  it('reports the earliest admission in the text', () => {
    assert.equal(shortfallAdmission('暂不支持，计划于下一版本提供'), '暂不支持');
  });
});

describe('vacuous evidence', () => {
  it('flags pointers with no page or section', () => {
    for (const text of ['详见技术方案', '见附件', '见投标文件', '详见我方技术方案相关章节', '详见技术方案相应章节', '见投标文件对应页码', 'see proposal', 'Refer to the technical proposal', 'See attached documents', 'See the corresponding pages of the proposal']) {
      assert.equal(isVacuousPointer(text), true, text);
    }
  });
  it('accepts pointers with a page, a section or a named document', () => {
    for (const text of ['见第 3.2 节第 45 页', '详见技术方案第三章', '见附件 3', 'ERP Financials 2026 user guide §7.3', 'Harbour Foods reference letter', '某医院验收报告', 'see proposal p. 12']) {
      assert.equal(isVacuousPointer(text), false, text);
    }
  });
  it('needs every entry to be vacuous, and some evidence at all', () => {
    assert.equal(isVacuousEvidence(['详见技术方案', '见附件']), true);
    assert.equal(isVacuousEvidence(['详见技术方案', '见第 45 页']), false);
    assert.equal(isVacuousEvidence([]), false);
  });
});
