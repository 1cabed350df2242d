import { Body, Controller, Get, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, FeedSecuritySchemes } from '../api-docs';
import { CreateFeedUseCase, CreatedFeed, readCreateFeedInput } from '../create-feed/create-feed.use-case';
import { DisableFeedUseCase } from '../disable-feed/disable-feed.use-case';
import { FeedSummary } from '../feed-summary';
import { ListFeedsUseCase } from '../list-feeds/list-feeds.use-case';
import { RotateFeedKeyUseCase, RotatedFeedKey } from '../rotate-feed-key/rotate-feed-key.use-case';
import { AdminTokenGuard } from './admin-token.guard';

/** The feeds CLI over HTTP, for operators and tests; only mounted when ADMIN_TOKEN is set. */
@ApiTags('admin')
@ApiBearerAuth(FeedSecuritySchemes.adminToken)
@ApiProblem(401, 'No or wrong ADMIN_TOKEN.')
@UseGuards(AdminTokenGuard)
@Controller('v1/admin/feeds')
export class FeedsAdminController {
  constructor(
    @Inject(CreateFeedUseCase) private readonly createFeed: CreateFeedUseCase,
    @Inject(RotateFeedKeyUseCase) private readonly rotateKey: RotateFeedKeyUseCase,
    @Inject(DisableFeedUseCase) private readonly disableFeed: DisableFeedUseCase,
    @Inject(ListFeedsUseCase) private readonly listFeeds: ListFeedsUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every feed (never a key, hash or secret)' })
  list(): Promise<FeedSummary[]> {
    return this.listFeeds.execute();
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a feed; the answer holds its key (and signing secret) this once' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' },
        requireSignature: { type: 'boolean' },
        rateLimitPerMinute: { type: 'integer', minimum: 1 },
        priority: { type: 'integer', minimum: -1000, maximum: 1000 },
      },
    },
  })
  @ApiProblem(400, 'A name or setting the feeds table cannot hold.')
  @ApiProblem(409, 'The name is taken, or a signing feed was asked for without FEED_SECRET_KEY.')
  create(@Body() body: unknown): Promise<CreatedFeed> {
    return this.createFeed.execute(readCreateFeedInput(body));
  }

  @Post(':name/rotate-key')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new key; the old one works for the grace period (FEED_KEY_GRACE_HOURS)' })
  @ApiProblem(404, 'No feed has that name.')
  rotate(@Param('name') name: string): Promise<RotatedFeedKey> {
    return this.rotateKey.execute({ name });
  }

  @Post(':name/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse its posts with 403 from now on' })
  @ApiProblem(404, 'No feed has that name.')
  disable(@Param('name') name: string): Promise<FeedSummary> {
    return this.disableFeed.execute({ name, disabled: true });
  }

  @Post(':name/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Let a disabled feed post again' })
  @ApiProblem(404, 'No feed has that name.')
  enable(@Param('name') name: string): Promise<FeedSummary> {
    return this.disableFeed.execute({ name, disabled: false });
  }
}
