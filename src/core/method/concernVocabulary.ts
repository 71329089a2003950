import type { ConcernId } from './concerns';

/**
 * The words that show a passage answers one customer concern (客户的关注点), in both languages.
 * - Entries are **phrases**, never a bare word that also lives inside unrelated compounds: 功能 alone is not
 *   here (it sits in 功能科室 or 多功能厅), but 功能清单 / 功能模块 / 核心功能 are; 性能 alone is not (可用性能力
 *   contains it), but 性能指标 / 高性能 / 响应时间 are; 安全 alone is not (安全用药 is a clinical term), but
 *   数据安全 / 等级保护 are; 保障 alone is not (医疗保障 is insurance), but 服务保障 / 技术支持 are.
 * - Latin phrases match whole words, case-insensitively, with a plural or -ed/-ing ending; CJK phrases match
 *   anywhere. Text is compared after NFKC (full-width letters count as their ASCII form).
 * - `exclude` phrases are removed before matching: they contain a vocabulary word in another sense
 *   (Kano's "performance needs" are a class of needs, not an answer on performance; 容易用错 is not 易用).
 * - `topics` are the concern's own names. Alone they are too common to count in running text (功能, 性能),
 *   so they answer only as the topic of a line: the first cell of a table row (the checklist table the
 *   template's section F suggests) or a bold lead-in (`**价格**：…`).
 * docs/rules.md "concern-uncovered" lists the vocabulary; extend it here, with a test.
 */
export interface ConcernVocabulary {
  zh: readonly string[];
  en: readonly string[];
  exclude?: readonly string[];
  topics: readonly string[];
}

/** Vocabulary per concern. */
export const CONCERN_VOCABULARY: Readonly<Record<ConcernId, ConcernVocabulary>> = Object.freeze({
  price: {
    zh: ['价格', '报价', '总价', '单价', '性价比', '折扣', '优惠', '价钱', '付款方式', '分期付款', '投资总额', '预算范围内', '控制在预算'],
    en: ['price', 'pricing', 'quote', 'quotation', 'discount', 'total cost', 'within budget', 'within the budget', 'payment terms', 'payment schedule'],
    topics: ['价格', '报价', 'price', 'pricing'],
  },
  function: {
    zh: ['功能清单', '功能列表', '功能模块', '功能点', '功能架构', '功能设计', '功能覆盖', '功能范围', '功能需求', '功能完整', '功能齐全', '功能说明', '核心功能', '基本功能', '附加功能', '特色功能', '业务功能', '系统功能', '主要功能', '应用功能'],
    en: ['function list', 'functional scope', 'functional module', 'functional requirement', 'functionality', 'feature list', 'feature set', 'core feature', 'key feature', 'features'],
    topics: ['功能', 'function', 'functions', 'functionality'],
  },
  performance: {
    zh: ['性能指标', '性能测试', '性能要求', '性能优化', '性能保障', '高性能', '系统性能', '响应时间', '并发', '吞吐', '峰值', '处理能力', '秒内', '毫秒', '存储容量', '容量规划', '扩容'],
    en: ['performance', 'throughput', 'latency', 'response time', 'concurrent user', 'concurrency', 'peak load', 'capacity planning', 'scalability', 'seconds per', 'within seconds'],
    topics: ['性能', 'performance'],
    exclude: ['performance need', 'performance: REQ', 'performance bond'],
  },
  usability: {
    zh: ['易用', '简单易用', '易于使用', '易学易用', '界面友好', '界面简洁', '操作简便', '操作便捷', '操作方便', '操作简单', '用户体验', '快速上手', '人性化'],
    en: ['usability', 'user-friendly', 'user friendly', 'easy to use', 'ease of use', 'user interface', 'user experience', 'intuitive', 'easy to learn'],
    topics: ['易用', '易用性', 'usability', 'ease of use'],
    exclude: ['容易用'],
  },
  'cost-of-use': {
    zh: ['使用成本', '运维成本', '维护成本', '运营成本', '总拥有成本', '运维费用', '维护费用', '年维护费', '硬件投入', '节省人力', '降低成本', '能耗'],
    en: ['cost of use', 'cost of ownership', 'TCO', 'maintenance cost', 'running cost', 'operating cost', 'support fee', 'annual fee', 'hardware cost'],
    topics: ['使用成本', 'cost of use', 'cost of ownership'],
  },
  risk: {
    zh: ['使用风险', '风险控制', '风险应对', '风险防范', '切换风险', '上线风险', '项目风险', '数据安全', '信息安全', '网络安全', '安全保障', '等级保护', '等保', '容灾', '灾备', '备份', '数据丢失', '数据损坏', '回退方案', '应急预案'],
    en: ['risk', 'security', 'data loss', 'disaster recovery', 'backup', 'rollback', 'fallback', 'contingency'],
    topics: ['风险', '使用风险', 'risk', 'risks'],
  },
  assurance: {
    zh: ['服务保障', '使用保证', '使用保障', '技术支持', '售后服务', '运维服务', '服务承诺', '驻场', '7×24', '7x24', '到场', '质保', '维保', '稳定运行', '系统稳定', '稳定性'],
    en: ['technical support', 'support team', 'support centre', 'support center', 'service level', 'SLA', 'warranty', 'uptime', 'on-site', 'after-sales', 'stability', '24/7'],
    topics: ['保障', '使用保证', '使用保障', '服务保障', 'assurance', 'support'],
  },
  brand: {
    zh: ['品牌', '口碑', '市场占有率', '行业排名', '知名度', '信誉'],
    en: ['brand', 'reputation', 'market share', 'market leader', 'track record'],
    topics: ['品牌', 'brand'],
  },
});
