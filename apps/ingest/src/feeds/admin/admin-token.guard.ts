import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { INGEST_CONFIG, IngestConfig } from '../../ingest-config';
import { bearerToken } from '../admit-feed-request/feed-access.guard';
import { FeedAdminError } from '../feed-errors';

/**
 * The admin API answers only to `Authorization: Bearer <ADMIN_TOKEN>`. Both
 * sides are hashed first so timingSafeEqual compares equal lengths and the
 * time taken says nothing about the token's length or content.
 */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  private readonly expected: Buffer | null;

  constructor(@Inject(INGEST_CONFIG) config: IngestConfig) {
    this.expected = config.feeds.adminToken ? digest(config.feeds.adminToken) : null;
  }

  canActivate(context: ExecutionContext): boolean {
    const token = bearerToken(context.switchToHttp().getRequest<Request>());
    if (!this.expected || !token || !timingSafeEqual(digest(token), this.expected)) {
      throw new FeedAdminError('ADMIN_UNAUTHENTICATED', 'the admin API needs Authorization: Bearer <ADMIN_TOKEN>');
    }
    return true;
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
