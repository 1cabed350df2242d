import {
  Body,
  Controller,
  Headers,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { PUBLISH_SETTINGS, PublishSettings } from '../publish-config';
import { KillArticleUseCase, KillResult } from './kill-article.use-case';

/** Editors' calls; mounted only with PUBLISH_ADMIN_TOKEN, and each call proves it knows the token. */
@Controller('v1/admin/articles')
export class AdminController {
  constructor(
    @Inject(KillArticleUseCase) private readonly killArticle: KillArticleUseCase,
    @Inject(PUBLISH_SETTINGS) private readonly settings: PublishSettings,
  ) {}

  @Post(':id/kill')
  @HttpCode(200)
  kill(
    @Param('id') id: string,
    @Headers('authorization') authorization: string | undefined,
    @Body() body: { notice?: unknown } | undefined,
  ): Promise<KillResult> {
    this.authorise(authorization);
    return this.killArticle.execute(id, typeof body?.notice === 'string' ? body.notice : undefined);
  }

  private authorise(authorization: string | undefined): void {
    const token = this.settings.adminToken;
    if (!token) throw new NotFoundException();
    const given = Buffer.from(authorization?.replace(/^Bearer /, '') ?? '');
    const expected = Buffer.from(token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UnauthorizedException();
  }
}
