import { Controller, Get, Inject, Next, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { ListArticlesUseCase } from '../articles/list-articles.use-case';
import { PUBLISH_SETTINGS, PublishSettings } from '../publish-config';
import { FrontQuery, frontPageView } from './front-page.view';
import { sendHtml } from './html-response';
import { isFrontCategory, isFrontLanguage } from './front-path';
import { noticePage } from './page-notices';
import { PageRenderer } from './page-renderer';

const FRONT_SIZE = 30;

/**
 * `/`, `/{language}/` and `/{language}/{category}/`. These paths overlap
 * every one- and two-segment route (/metrics, /health/live, /feeds/en.rss),
 * so a segment that is not a language or category code passes the request
 * on (`next()`) to the route that owns it, whatever the registration order.
 */
@ApiExcludeController()
@Controller()
export class FrontPagesController {
  constructor(
    @Inject(ListArticlesUseCase) private readonly listArticles: ListArticlesUseCase,
    @Inject(PageRenderer) private readonly renderer: PageRenderer,
    @Inject(PUBLISH_SETTINGS) private readonly settings: PublishSettings,
  ) {}

  @Get()
  home(@Query('before') before: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.front({}, before, request, response);
  }

  @Get(':language')
  language(
    @Param('language') language: string,
    @Query('before') before: unknown,
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
  ): Promise<void> | void {
    if (!isFrontLanguage(language)) return next();
    return this.front({ language }, before, request, response);
  }

  @Get(':language/:category')
  category(
    @Param('language') language: string,
    @Param('category') category: string,
    @Query('before') before: unknown,
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
  ): Promise<void> | void {
    if (!isFrontLanguage(language) || !isFrontCategory(category)) return next();
    return this.front({ language, category }, before, request, response);
  }

  private async front(front: FrontQuery, before: unknown, request: Request, response: Response): Promise<void> {
    const site = this.settings.site;
    try {
      const cursor = typeof before === 'string' && before !== '' ? before : undefined;
      const page = await this.listArticles.execute({ ...front, cursor, limit: String(FRONT_SIZE) });
      sendHtml(request, response, 200, this.renderer.front(frontPageView(page.items, page.nextCursor, front, site)));
    } catch (error) {
      const notice = noticePage(this.renderer, this.settings.site, request, error, front.language ?? 'en');
      if (!notice) throw error;
      sendHtml(request, response, notice.status, notice.html);
    }
  }
}
