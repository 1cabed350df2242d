import { Body, Controller, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AdminTokenGuard } from '../admin/admin-token.guard';
import { KillArticleUseCase, KillResult } from './kill-article.use-case';

/** Editors' calls; mounted only with PUBLISH_ADMIN_TOKEN, and each call proves it knows the token. */
@Controller('v1/admin/articles')
@UseGuards(AdminTokenGuard)
@ApiTags('admin')
@ApiBearerAuth('adminToken')
export class AdminController {
  constructor(@Inject(KillArticleUseCase) private readonly killArticle: KillArticleUseCase) {}

  @Post(':id/kill')
  @HttpCode(200)
  kill(@Param('id') id: string, @Body() body: { notice?: unknown } | undefined): Promise<KillResult> {
    return this.killArticle.execute(id, typeof body?.notice === 'string' ? body.notice : undefined);
  }
}
