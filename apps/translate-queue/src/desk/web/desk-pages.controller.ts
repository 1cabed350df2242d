import { Controller, Get, Header, Inject, Param, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { TRANSLATE_QUEUE_CONFIG, TranslateQueueConfig } from '../../translate-queue-config';
import { DESK_SCRIPT } from './assets/desk.script';
import { DESK_STYLESHEET } from './assets/desk.stylesheet';
import { jobPage } from './pages/job.page';
import { loginPage } from './pages/login.page';
import { LanguagePair, queuePage } from './pages/queue.page';

/**
 * Pages may load only this origin's script and stylesheet and talk only to
 * this origin's API; nothing inline runs, and no other site may frame them.
 */
const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The desk in a browser: server-sent page shells plus one script and one stylesheet, no build step. */
@ApiExcludeController()
@Controller('desk')
export class DeskPagesController {
  private readonly pairs: LanguagePair[];

  constructor(@Inject(TRANSLATE_QUEUE_CONFIG) config: TranslateQueueConfig) {
    this.pairs = languagePairs(config.translationTargets);
  }

  @Get('login')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_POLICY)
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'same-origin')
  @Header('X-Content-Type-Options', 'nosniff')
  login(): string {
    return loginPage();
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_POLICY)
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'same-origin')
  @Header('X-Content-Type-Options', 'nosniff')
  queue(@Query('state') state?: unknown, @Query('pair') pair?: unknown): string {
    return queuePage({ state: text(state), pair: text(pair) }, this.pairs);
  }

  @Get('jobs/:id')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_POLICY)
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'same-origin')
  @Header('X-Content-Type-Options', 'nosniff')
  job(@Param('id') id: string): string {
    return jobPage(id);
  }

  @Get('assets/desk.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  @Header('X-Content-Type-Options', 'nosniff')
  script(): string {
    return DESK_SCRIPT;
  }

  @Get('assets/desk.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  @Header('X-Content-Type-Options', 'nosniff')
  stylesheet(): string {
    return DESK_STYLESHEET;
  }
}

/** Every pair the desk can be asked for: into each configured target, from Arabic, English or another target. */
export function languagePairs(targets: readonly string[]): LanguagePair[] {
  const languages = [...new Set(['ar', 'en', ...targets])];
  return targets.flatMap((target) =>
    languages.filter((source) => source !== target).map((source) => ({ source, target })),
  );
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
