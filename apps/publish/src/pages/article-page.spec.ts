import { anArticle } from '@news/testing';
import { articlePageView } from './article-page.view';
import { PageRenderer } from './page-renderer';
import { PageLinks, SiteSettings } from './page-links';

const SITE: SiteSettings = { baseUrl: 'https://news.example.org', timeZone: 'Asia/Damascus', name: 'Newsroom' };
const ID = (n: number) => String(n).repeat(32).slice(0, 32);

const translation = anArticle({
  language: 'en',
  headlines: [{ role: 'main', value: 'FSA factions capture ISIS members in Southeastern Idlib' }],
  bodies: [
    {
      role: 'text',
      contentType: 'text/plain',
      value: 'On Tuesday, factions ended ISIS presence.\n\nA commander told SMART that 400 <b>members</b> surrendered.',
    },
  ],
  versionCreated: '2018-02-13T09:56:59.000Z',
  subjects: [
    { name: 'خبر عسكري', literal: 'military', rel: 'category' },
    { name: 'تنظيم الدولة الإسلامية', rel: 'tag' },
  ],
  newsroom: {
    articleId: ID(1),
    credits: [
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'محمد غيث', role: 'translator' },
      { name: 'فرح ناصيف', role: 'translation-editor' },
    ],
    dateline: { place: 'Idlib', agency: 'SMART', text: 'Idlib, SMART' },
    translation: { fromLanguage: 'ar', originalUri: `urn:newsroom:article:${ID(2)}` },
  },
});

const LINKS: PageLinks = {
  related: [{ articleId: ID(3), headline: 'Shelling on Maarrat al-Nu’man', language: 'en' }],
  previous: { articleId: ID(4), headline: 'An earlier military story', language: 'en' },
  original: { articleId: ID(2), headline: 'فصائل من الجيش الحر تأسر عناصر من تنظيم الدولة', language: 'ar' },
  translations: [],
};

describe('an article page', () => {
  const html = new PageRenderer(SITE.name).article(articlePageView(translation, LINKS, SITE));

  it('is an English page whose credit line reads as the agency prints it, right to left', () => {
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain(
      '<p class="credits" lang="ar" dir="rtl"><span class="credit"><abbr class="role" title="Editor">تحرير</abbr> <span class="name">أمنة رياض</span></span> | <span class="credit"><abbr class="role" title="Translator">ترجمة</abbr> <span class="name">محمد غيث</span></span> | <span class="credit"><abbr class="role" title="Translation editor">تحرير الترجمة</abbr> <span class="name">فرح ناصيف</span></span></p>',
    );
  });

  it('prints the date in the agency’s Arabic form and as ISO', () => {
    expect(html).toContain(
      '<time datetime="2018-02-13T09:56:59.000Z"><span lang="ar" dir="rtl">13 فبراير، 2018 11:56:59 ص</span>',
    );
  });

  it('escapes what a feed wrote: markup in the text is shown, never run', () => {
    expect(html).toContain('<p>A commander told SMART that 400 &lt;b&gt;members&lt;/b&gt; surrendered.</p>');
    expect(html).not.toContain('<b>members</b>');
  });

  it('links category, original, related and previous, and names itself canonically', () => {
    expect(html).toContain('<a href="/en/military/">خبر عسكري</a>');
    expect(html).toContain(`<a rel="alternate" hreflang="ar" href="/articles/${ID(2)}" lang="ar" dir="rtl">العربية — `);
    expect(html).toContain(`<a href="/articles/${ID(3)}" lang="en" dir="ltr">Shelling on Maarrat al-Nu’man</a>`);
    expect(html).toContain(`<a rel="prev" href="/articles/${ID(4)}">An earlier military story</a>`);
    expect(html).not.toContain('rel="next"');
    expect(html).toContain(`<link rel="canonical" href="https://news.example.org/articles/${ID(1)}">`);
  });

  it('carries Open Graph tags and a NewsArticle JSON-LD with the credits by role', () => {
    expect(html).toContain(
      '<meta property="og:title" content="FSA factions capture ISIS members in Southeastern Idlib">',
    );
    expect(html).toContain('<meta property="article:section" content="خبر عسكري">');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'en',
      dateline: 'Idlib, SMART',
      datePublished: translation.firstCreated,
      editor: [{ '@type': 'Person', name: 'أمنة رياض' }],
      translator: [{ '@type': 'Person', name: 'محمد غيث' }],
      contributor: [{ '@type': 'Person', name: 'فرح ناصيف' }],
      translationOfWork: { '@id': `https://news.example.org/articles/${ID(2)}` },
    });
  });

  it('keeps a headline that tries to close the JSON-LD script inside it', () => {
    const hostile = anArticle({ headlines: [{ value: '</script><script>alert(1)</script>' }] });
    const page = new PageRenderer(SITE.name).article(articlePageView(hostile, { related: [], translations: [] }, SITE));
    expect(page).not.toContain('<script>alert(1)');
    expect(page.match(/<\/script>/g)).toHaveLength(1);
  });

  it('is right to left for an Arabic article, with the furniture in Arabic', () => {
    const arabic = anArticle({ language: 'ar', headlines: [{ value: 'قصف على إدلب' }] });
    const page = new PageRenderer(SITE.name).article(
      articlePageView(
        arabic,
        { ...LINKS, original: undefined, translations: [{ ...LINKS.previous!, articleId: ID(1) }] },
        SITE,
      ),
    );
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('<h2 id="related-heading">الاخبار المتعلقة</h2>');
    expect(page).toContain('<span class="label">الخبر السابق</span>');
    expect(page).toContain(`<a rel="alternate" hreflang="en" href="/articles/${ID(1)}" lang="en" dir="ltr">English — `);
  });
});
