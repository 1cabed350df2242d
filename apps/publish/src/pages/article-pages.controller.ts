import { Controller, Get, Header, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PUBLISH_SETTINGS, PublishSettings } from '../publish-config';
import { sendHtml } from './html-response';
import { noticePage } from './page-notices';
import { PageRenderer } from './page-renderer';
import { ShowArticlePageUseCase } from './show-article-page.use-case';
import { SITE_STYLESHEET } from './templates/site.stylesheet';

/** Article pages for readers, server-rendered; the JSON read API stays under /v1. */
@ApiExcludeController()
@Controller()
export class ArticlePagesController {
  constructor(
    @Inject(ShowArticlePageUseCase) private readonly showArticle: ShowArticlePageUseCase,
    @Inject(PageRenderer) private readonly renderer: PageRenderer,
    @Inject(PUBLISH_SETTINGS) private readonly settings: PublishSettings,
  ) {}

  @Get('assets/site.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  stylesheet(): string {
    return SITE_STYLESHEET;
  }

  @Get('articles/:id')
  async article(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      sendHtml(request, response, 200, this.renderer.article(await this.showArticle.execute(id)));
    } catch (error) {
      const notice = noticePage(this.renderer, this.settings.site, request, error, 'en');
      if (!notice) throw error;
      sendHtml(request, response, notice.status, notice.html);
    }
  }
}
