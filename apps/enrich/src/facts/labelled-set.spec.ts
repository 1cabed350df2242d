import { join } from 'node:path';
import { TARGETS, runEval } from '../../../../eval/score';

/** The eval (issue 12) in the test command: the labelled set must meet the targets. */
describe('enrich on the labelled set (eval/labelled-set.ts)', () => {
  const report = runEval(join(__dirname, '../../../..'));

  it('has at least 40 articles, at least 20 in each language', () => {
    expect(report.articles).toBeGreaterThanOrEqual(40);
    expect(report.byLanguage.en).toBeGreaterThanOrEqual(20);
    expect(report.byLanguage.ar).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(TARGETS))('meets the %s targets', (type, target) => {
    const score = report.scores[type as keyof typeof report.scores];
    if ('precision' in target) expect(score.precision).toBeGreaterThanOrEqual(target.precision);
    expect(score.recall).toBeGreaterThanOrEqual(target.recall);
  });
});
