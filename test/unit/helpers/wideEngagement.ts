/**
 * A large but valid engagement for complexity tests: `people` stakeholders and `activities` visits, each
 * visit naming two people and followed up, so every per-person and per-activity pass has work to do.
 * 20,000 + 20,000 is ~2 MB, the size at which a quadratic pass takes minutes.
 */
export function wideEngagement(people: number, activities: number): Record<string, string> {
  const rows = ['kind: stakeholders', 'people:'];
  const types = ['approver', 'it-decider', 'business-decider', 'user'];
  for (let i = 0; i < people; i++) {
    rows.push(`  - id: p${i}`, `    name: Person ${i}`, `    type: ${types[i % 4]}`, '    influence: high', `    last_contact: 2026-0${1 + (i % 9)}-1${i % 9}`);
  }
  const acts = ['kind: activities', 'items:'];
  for (let i = 0; i < activities; i++) {
    acts.push(`  - date: 2026-0${1 + (i % 9)}-1${i % 9}`, '    type: visit', '    stage: introduction', `    with: [p${i % Math.max(1, people)}, p${(i * 7) % Math.max(1, people)}]`, `    follow_up: 2026-0${1 + (i % 9)}-2${i % 9}`);
  }
  return {
    'e/engagement.yaml': 'kind: engagement\nid: wide\ntitle: Wide\ncustomer: C\nstage: solution\nlanguage: en\n',
    'e/stakeholders.yaml': rows.join('\n') + '\n',
    'e/activities.yaml': acts.join('\n') + '\n',
  };
}
