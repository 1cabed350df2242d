import { Module } from '@nestjs/common';
import { DeskPagesController } from './desk-pages.controller';

/**
 * The translation desk's pages (/desk, /desk/login, /desk/jobs/:id). They
 * hold no data and no session: the browser keeps the token from
 * POST /v1/auth/login and calls the desk API itself. Needs
 * TRANSLATE_QUEUE_CONFIG from the app's ConfigModule.
 */
@Module({ controllers: [DeskPagesController] })
export class DeskWebModule {}
