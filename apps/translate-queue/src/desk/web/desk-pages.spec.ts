import { Script } from 'node:vm';
import { DESK_SCRIPT } from './assets/desk.script';
import { languagePairs } from './desk-pages.controller';
import { html } from './pages/html';
import { jobPage } from './pages/job.page';
import { loginPage } from './pages/login.page';
import { queuePage } from './pages/queue.page';

const AR_EN = [{ source: 'ar', target: 'en' }];

describe('the desk pages', () => {
  it('escapes whatever reaches the markup, so a crafted job id stays text', () => {
    const page = jobPage('"><script>alert(1)</script>');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('data-job-id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html`<p>${'<b>'}${html`<i>kept</i>`}${['a', '&']}${null}${false}</p>`.value).toBe(
      '<p>&lt;b&gt;<i>kept</i>a&amp;</p>',
    );
  });

  it('loads one script and one stylesheet from the desk and runs nothing inline (the pages forbid it)', () => {
    for (const page of [loginPage(), queuePage({}, AR_EN), jobPage('job-1')]) {
      expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script src="/desk/assets/desk.js" defer>']);
      expect(page).toContain('<link rel="stylesheet" href="/desk/assets/desk.css" />');
      expect(page).not.toMatch(/\sstyle=|\son[a-z]+=/);
    }
  });

  it('keeps the filters of a bookmarked queue and ignores ones it does not know', () => {
    const page = queuePage({ state: 'submitted', pair: 'ar-en' }, AR_EN);
    expect(page).toMatch(/<option value="submitted" selected>Submitted<\/option>/);
    expect(page).toMatch(/<option value="ar-en" selected>\s*Arabic → English\s*<\/option>/);
    const unknown = queuePage({ state: 'drop table', pair: 'xx-yy' }, AR_EN);
    expect(unknown.match(/<option[^>]* selected>[^<]*/g)).toEqual(['<option value="" selected>Any state']);
  });

  it('offers a pair into every configured target language', () => {
    expect(languagePairs(['en'])).toEqual([{ source: 'ar', target: 'en' }]);
    expect(languagePairs(['en', 'ar'])).toEqual([
      { source: 'ar', target: 'en' },
      { source: 'en', target: 'ar' },
    ]);
  });

  it('serves a script that parses as plain JavaScript', () => {
    expect(() => new Script(DESK_SCRIPT, { filename: 'desk.js' })).not.toThrow();
  });
});
