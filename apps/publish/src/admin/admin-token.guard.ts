import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { PUBLISH_SETTINGS, PublishSettings } from '../publish-config';

/**
 * publish's admin API (kills, webhooks) answers only to
 * `Authorization: Bearer <PUBLISH_ADMIN_TOKEN>`. Without the token the API
 * is not there at all (404). Both sides are hashed first, so timingSafeEqual
 * compares equal lengths and the time taken says nothing about the token.
 */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  private readonly expected: Buffer | null;

  constructor(@Inject(PUBLISH_SETTINGS) settings: PublishSettings) {
    this.expected = settings.adminToken ? digest(settings.adminToken) : null;
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.expected) throw new NotFoundException();
    const authorization = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    if (!timingSafeEqual(digest(authorization.replace(/^Bearer /, '')), this.expected))
      throw new UnauthorizedException();
    return true;
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
