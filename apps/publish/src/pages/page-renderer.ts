import { Eta } from 'eta';
import { ArticlePageView, PageHead } from './article-page.view';
import { FrontPageView } from './front-page.view';
import { ARTICLE_TEMPLATE } from './templates/article.template';
import { FRONT_TEMPLATE } from './templates/front.template';
import { LAYOUT_TEMPLATE } from './templates/layout.template';
import { NOTICE_TEMPLATE } from './templates/notice.template';

export interface NoticePageView extends PageHead {
  heading: string;
  notice?: string;
}

/**
 * Server-rendered HTML through Eta: small, no dependencies, escapes by
 * default, and the templates are compiled once from strings in the build
 * (no template files to ship beside dist/).
 */
export class PageRenderer {
  private readonly eta = new Eta({ autoEscape: true, cache: true });

  constructor(private readonly siteName: string) {
    this.eta.loadTemplate('@layout', LAYOUT_TEMPLATE);
    this.eta.loadTemplate('@article', ARTICLE_TEMPLATE);
    this.eta.loadTemplate('@front', FRONT_TEMPLATE);
    this.eta.loadTemplate('@notice', NOTICE_TEMPLATE);
  }

  article(view: ArticlePageView): string {
    return this.render('@article', view);
  }

  front(view: FrontPageView): string {
    return this.render('@front', view);
  }

  notice(view: NoticePageView): string {
    return this.render('@notice', view);
  }

  private render(template: string, view: PageHead): string {
    return this.eta.render(template, { ...view, siteName: this.siteName });
  }
}
