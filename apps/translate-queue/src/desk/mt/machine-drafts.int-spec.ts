import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import { DataSource } from 'typeorm';
import { DeskHarness, GOOD_TRANSLATION, arabicOriginal } from '../desk.test-helper';
import { ClaimJobUseCase } from '../jobs/claim-job/claim-job.use-case';
import { GetJobUseCase } from '../jobs/get-job/get-job.use-case';
import { RecordSourceUseCase } from '../jobs/record-source/record-source.use-case';
import { SaveDraftUseCase } from '../jobs/save-draft/save-draft.use-case';
import { SubmitJobUseCase } from '../jobs/submit-job/submit-job.use-case';
import { Actor } from '../people/desk-roles';
import { MachineDrafts } from './machine-drafts';

jest.setTimeout(60_000);

interface TranslateRequest {
  q: string;
  source: string;
  target: string;
  format: string;
}

/** A small server that speaks LibreTranslate's POST /translate, or fails the ways real ones do. */
function libreTranslate(): { server: Server; requests: TranslateRequest[]; mode: { now: 'ok' | 'slow' | 'error' } } {
  const requests: TranslateRequest[] = [];
  const mode = { now: 'ok' as 'ok' | 'slow' | 'error' };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/translate') return void res.writeHead(404).end();
      const request = JSON.parse(body) as TranslateRequest;
      requests.push(request);
      if (mode.now === 'slow') return void setTimeout(() => res.end('{}'), 2000);
      if (mode.now === 'error')
        return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"model not loaded"}');
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ translatedText: `[en] ${request.q}` }));
    });
  });
  return { server, requests, mode };
}

describe('machine pre-translation against a LibreTranslate-compatible server', () => {
  const mt = libreTranslate();
  let desk: DeskHarness;
  let db: DataSource;
  let salma: Actor;

  beforeAll(async () => {
    await new Promise<void>((resolve) => mt.server.listen(0, '127.0.0.1', resolve));
    const { port } = mt.server.address() as AddressInfo;
    desk = await DeskHarness.start('mt', { MT_URL: `http://127.0.0.1:${port}`, MT_TIMEOUT_MS: '300' });
    db = desk.dataSource;
    salma = await desk.person('salma', 'translator', 'سلمى يوسف');
  });

  afterAll(async () => {
    await desk?.stop();
    mt.server.closeAllConnections();
    await new Promise((resolve) => mt.server.close(resolve));
  });

  const openJob = async (guid: string): Promise<string> => {
    const original = arabicOriginal(guid);
    await desk.get(RecordSourceUseCase).execute(original);
    const [{ id }] = await db.query<{ id: string }[]>(
      `SELECT id FROM "${desk.schema}".translation_jobs WHERE article_id = $1`,
      [original.newsroom.articleId],
    );
    return id;
  };

  it('drafts an open job, paragraph by paragraph, marked machine-made until a person edits it', async () => {
    mt.mode.now = 'ok';
    const id = await openJob('machine-made');
    expect(await desk.get(MachineDrafts).draftWaitingJobs()).toBe(1);
    expect(mt.requests.map((r) => [r.source, r.target, r.format])).toEqual(new Array(4).fill(['ar', 'en', 'text']));
    const job = await desk.get(GetJobUseCase).execute(id, salma);
    expect(job.draft).toMatchObject({ machineMade: true, headline: `[en] ${job.source.headline}` });
    expect(job.draft!.paragraphs).toEqual(job.source.paragraphs.map((p) => `[en] ${p}`));

    await desk.get(ClaimJobUseCase).execute(id, salma);
    const autosaved = await desk.get(SaveDraftUseCase).execute(id, salma, {
      headline: job.draft!.headline,
      paragraphs: job.draft!.paragraphs,
    });
    expect(autosaved.draft?.machineMade).toBe(true);
    const edited = await desk.get(SaveDraftUseCase).execute(id, salma, GOOD_TRANSLATION);
    expect(edited.draft?.machineMade).toBe(false);
    expect(await desk.get(MachineDrafts).draftWaitingJobs()).toBe(0);
  });

  it.each(['slow', 'error'] as const)('leaves the human path untouched when the server is %s', async (failure) => {
    mt.mode.now = failure;
    const id = await openJob(`mt-${failure}`);
    expect(await desk.get(MachineDrafts).draftWaitingJobs()).toBe(0);
    const [row] = await db.query<{ mt_error: string }[]>(
      `SELECT mt_error FROM "${desk.schema}".translation_jobs WHERE id = $1`,
      [id],
    );
    expect(row.mt_error).toMatch(failure === 'slow' ? /no answer in 300 ms/ : /answered 500: model not loaded/);
    await desk.get(ClaimJobUseCase).execute(id, salma);
    const job = await desk.get(SaveDraftUseCase).execute(id, salma, GOOD_TRANSLATION);
    expect(job.draft?.machineMade).toBe(false);
    expect((await desk.get(SubmitJobUseCase).execute(id, salma)).state).toBe('submitted');
  });
});
