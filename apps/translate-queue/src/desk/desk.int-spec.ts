import { DataSource } from 'typeorm';
import { Article } from '@news/contracts';
import { glossaryFromCsv } from '@news/glossary';
import { DeskHarness, GOOD_TRANSLATION, arabicOriginal } from './desk.test-helper';
import { ImportGlossaryUseCase } from './glossary/import-glossary/import-glossary.use-case';
import { ApproveJobUseCase } from './jobs/approve-job/approve-job.use-case';
import { ClaimJobUseCase } from './jobs/claim-job/claim-job.use-case';
import { DeskError } from './jobs/desk-errors';
import { GetJobUseCase } from './jobs/get-job/get-job.use-case';
import { JobsRepository } from './jobs/jobs.repository';
import { LeaseSweeper } from './jobs/lease-sweeper';
import { ListJobsUseCase } from './jobs/list-jobs/list-jobs.use-case';
import { RecordSourceUseCase } from './jobs/record-source/record-source.use-case';
import { ReturnJobUseCase } from './jobs/return-job/return-job.use-case';
import { SaveDraftUseCase } from './jobs/save-draft/save-draft.use-case';
import { SimpleTransitionsUseCase } from './jobs/simple-transitions/simple-transitions.use-case';
import { SubmitJobUseCase } from './jobs/submit-job/submit-job.use-case';
import { Actor } from './people/desk-roles';
import { DisableUserUseCase } from './people/disable-user/disable-user.use-case';
import { LogInUseCase } from './people/log-in/log-in.use-case';

jest.setTimeout(60_000);

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DeskError) return error.code;
    throw error;
  }
  throw new Error('it was allowed');
}

describe('the translation desk against the real Postgres', () => {
  let desk: DeskHarness;
  let db: DataSource;
  let salma: Actor;
  let omar: Actor;
  let karim: Actor;
  let translators: Actor[];

  beforeAll(async () => {
    desk = await DeskHarness.start('desk');
    db = desk.dataSource;
    salma = await desk.person('salma', 'translator', 'سلمى يوسف');
    omar = await desk.person('omar', 'translator', 'Omar Khaled');
    karim = await desk.person('karim', 'translation-editor', 'كريم حداد');
    translators = await Promise.all(
      Array.from({ length: 20 }, (_, i) => desk.person(`t${i}`, 'translator', `Translator ${i}`)),
    );
  });

  afterAll(async () => {
    await desk?.stop();
  });

  const record = (article: Article) => desk.get(RecordSourceUseCase).execute(article);
  const jobOf = async (articleId: string) =>
    (
      await db.query<{ id: string }[]>(`SELECT id FROM "${desk.schema}".translation_jobs WHERE article_id = $1`, [
        articleId,
      ])
    )[0]?.id;
  const outbox = async () =>
    (
      await db.query<{ message: { key: string; value: string } }[]>(
        `SELECT message FROM "${desk.schema}".outbox ORDER BY id`,
      )
    ).map((row) => JSON.parse(row.message.value) as Article);

  describe('accounts and sign-in', () => {
    it('signs in with the right password and names the person exactly as given', async () => {
      const session = await desk.get(LogInUseCase).execute({ username: 'salma', password: 'a long test password' });
      expect(session.user).toMatchObject({ username: 'salma', role: 'translator', displayName: 'سلمى يوسف' });
      expect(new Date(session.expiresAt).getTime()).toBe(desk.now.getTime() + 12 * 3_600_000);
      expect((await desk.get(LogInUseCase).authenticate(session.token)).username).toBe('salma');
      const [stored] = await db.query<{ token_hash: string }[]>(
        `SELECT token_hash FROM "${desk.schema}".desk_sessions LIMIT 1`,
      );
      expect(stored.token_hash).not.toBe(session.token);
    });

    it('gives one answer for a wrong password and an unknown name, and none after the session expires', async () => {
      const logIn = desk.get(LogInUseCase);
      expect(await refusal(logIn.execute({ username: 'salma', password: 'wrong password!!' }))).toBe('UNAUTHENTICATED');
      expect(await refusal(logIn.execute({ username: 'nobody', password: 'a long test password' }))).toBe(
        'UNAUTHENTICATED',
      );
      const session = await logIn.execute({ username: 'omar', password: 'a long test password' });
      desk.later(13 * 3_600_000);
      expect(await refusal(logIn.authenticate(session.token))).toBe('UNAUTHENTICATED');
    });

    it('ends every session of a disabled account at once', async () => {
      await desk.person('leaving', 'translator', 'Leaving Soon');
      const session = await desk.get(LogInUseCase).execute({ username: 'leaving', password: 'a long test password' });
      await desk.get(DisableUserUseCase).execute({ username: 'leaving' });
      expect(await refusal(desk.get(LogInUseCase).authenticate(session.token))).toBe('UNAUTHENTICATED');
      expect(
        await refusal(desk.get(LogInUseCase).execute({ username: 'leaving', password: 'a long test password' })),
      ).toBe('UNAUTHENTICATED');
    });
  });

  describe('jobs from news.ingested', () => {
    it('opens one job per missing language with the source text, once however often the event comes', async () => {
      const original = arabicOriginal('opens-once');
      expect(await record(original)).toMatchObject({ opened: ['en'] });
      expect(await record(original)).toMatchObject({ opened: [] });
      const job = await desk.get(GetJobUseCase).execute(await jobOf(original.newsroom.articleId), salma);
      expect(job).toMatchObject({
        state: 'open',
        sourceLanguage: 'ar',
        targetLanguage: 'en',
        priority: 2,
        priorityName: 'high',
        source: { version: 1, credits: [{ name: 'أمنة رياض', role: 'editor' }] },
      });
      expect(job.source.paragraphs).toHaveLength(3);
      expect(job.dueAt).toBe(new Date(desk.now.getTime() + 120 * 60_000).toISOString());
      expect(job.glossaryHints.map((h) => h.preferred)).toEqual(
        expect.arrayContaining(['Free Syrian Army', 'Islamic State', 'Idlib', 'Hayat Tahrir al-Sham']),
      );
    });

    it('opens no job for an article that is already a translation', async () => {
      const translation = arabicOriginal('already-translated', { language: 'en' });
      translation.newsroom.translation = { fromLanguage: 'ar' };
      expect(await record(translation)).toMatchObject({ opened: [] });
      expect(await jobOf(translation.newsroom.articleId)).toBeUndefined();
    });

    it('marks a job in progress "source changed" when a new version arrives, with a paragraph diff', async () => {
      const v1 = arabicOriginal('changes');
      await record(v1);
      const id = await jobOf(v1.newsroom.articleId);
      await desk.get(ClaimJobUseCase).execute(id, salma);
      await desk.get(SaveDraftUseCase).execute(id, salma, GOOD_TRANSLATION);
      const v2 = arabicOriginal('changes', {
        version: '2',
        bodies: [{ role: 'text', value: v1.bodies[0].value.replace('٤٠٠ عنصر', '٤٥٠ عنصرا') }],
      });
      expect(await record(v2)).toMatchObject({ changed: 1 });
      const job = await desk.get(GetJobUseCase).execute(id, salma);
      expect(job).toMatchObject({ sourceChanged: true, sourceVersion: 2, base: { version: 1 } });
      expect(job.diff!.map((c) => c.kind)).toEqual(['unchanged', 'changed', 'unchanged']);
      expect(job.qa.find((r) => r.check === 'numbers')).toMatchObject({ passed: false });
      const acknowledged = await desk.get(SaveDraftUseCase).acknowledgeSource(id, salma);
      expect(acknowledged).toMatchObject({ sourceChanged: false, diff: null });
    });

    it('cancels the unfinished jobs of a killed original', async () => {
      const original = arabicOriginal('killed');
      await record(original);
      await record({ ...original, version: '2', pubStatus: 'canceled' });
      const job = await desk.get(GetJobUseCase).execute(await jobOf(original.newsroom.articleId), karim);
      expect(job.state).toBe('canceled');
      expect(job.audit.at(-1)).toMatchObject({
        actor: 'system',
        action: 'cancel',
        comment: 'the original was canceled',
      });
    });
  });

  describe('claims', () => {
    it('lets exactly one of twenty concurrent claims win; the others hear LEASE_HELD', async () => {
      const original = arabicOriginal('twenty-claims');
      await record(original);
      const id = await jobOf(original.newsroom.articleId);
      const results = await Promise.allSettled(translators.map((t) => desk.get(ClaimJobUseCase).execute(id, t)));
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.map((r) => (r.reason as DeskError).code)).toEqual(new Array(19).fill('LEASE_HELD'));
      const claims = await db.query<unknown[]>(
        `SELECT 1 FROM "${desk.schema}".job_audit WHERE job_id = $1 AND action = 'claim'`,
        [id],
      );
      expect(claims).toHaveLength(1);
    });

    it('opens a job again when its lease lapses, and says so in the audit log', async () => {
      const original = arabicOriginal('lapses');
      await record(original);
      const id = await jobOf(original.newsroom.articleId);
      await desk.get(ClaimJobUseCase).execute(id, salma);
      desk.later(31 * 60_000);
      expect(await desk.get(LeaseSweeper).sweep()).toBeGreaterThanOrEqual(1);
      expect(await refusal(desk.get(SaveDraftUseCase).execute(id, salma, GOOD_TRANSLATION))).toBe('ILLEGAL_TRANSITION');
      const claimed = await desk.get(ClaimJobUseCase).execute(id, omar);
      expect(claimed.leaseHolder).toEqual({ username: 'omar', displayName: 'Omar Khaled' });
      expect(claimed.audit.map((a) => `${a.actor}:${a.action}:${a.from}>${a.to}`)).toEqual([
        'سلمى يوسف:claim:open>claimed',
        'system:lapse:claimed>open',
        'Omar Khaled:claim:open>claimed',
      ]);
    });
  });

  describe('from draft to approval', () => {
    it('refuses a submission with blocking QA failures (422), then approves and writes the translation to the outbox with the approval', async () => {
      const original = arabicOriginal('approved');
      await record(original);
      const id = await jobOf(original.newsroom.articleId);
      await desk.get(ClaimJobUseCase).execute(id, salma);
      await desk.get(SaveDraftUseCase).execute(id, salma, {
        headline: GOOD_TRANSLATION.headline,
        paragraphs: [GOOD_TRANSLATION.paragraphs[0], 'The factions captured 40 members in Edlib.'],
      });
      const blocked = await desk
        .get(SubmitJobUseCase)
        .execute(id, salma)
        .catch((e: DeskError) => e);
      expect(blocked).toBeInstanceOf(DeskError);
      expect((blocked as DeskError).code).toBe('QA_BLOCKED');
      expect((blocked as DeskError).details?.failures?.map((f) => (f as { check: string }).check)).toEqual(
        expect.arrayContaining(['numbers', 'paragraph-count', 'glossary-preferred', 'glossary-forbidden']),
      );

      await desk.get(SaveDraftUseCase).execute(id, salma, GOOD_TRANSLATION);
      await desk.get(SubmitJobUseCase).execute(id, salma);
      expect(await refusal(desk.get(ApproveJobUseCase).execute(id, salma))).toBe('ROLE_FORBIDDEN');
      await desk.get(SimpleTransitionsUseCase).execute(id, karim, 'review');
      const returned = await desk.get(ReturnJobUseCase).execute(id, karim, 'Say "more than three days".');
      expect(returned).toMatchObject({ state: 'returned', translator: { displayName: 'سلمى يوسف' } });
      expect(await refusal(desk.get(ClaimJobUseCase).execute(id, omar))).toBe('NOT_ASSIGNED');
      await desk.get(ClaimJobUseCase).execute(id, salma);
      await desk.get(SubmitJobUseCase).execute(id, salma);
      const before = (await outbox()).length;
      const approved = await desk.get(ApproveJobUseCase).execute(id, karim);
      expect(approved).toMatchObject({
        state: 'approved',
        editor: { displayName: 'كريم حداد' },
        translation: { version: 1 },
      });
      expect(approved.comments.map((c) => c.comment)).toContain('Say "more than three days".');

      const sent = (await outbox()).slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({
        language: 'en',
        version: '1',
        headlines: [{ value: GOOD_TRANSLATION.headline }],
        newsroom: {
          articleId: approved.translation!.articleId,
          translation: { fromLanguage: 'ar', originalUri: original.uri },
          credits: [
            { name: 'أمنة رياض', role: 'editor' },
            { name: 'سلمى يوسف', role: 'translator' },
            { name: 'كريم حداد', role: 'translation-editor' },
          ],
        },
      });
    });

    it('emits a correction as the next version, and a kill of the original as the version after', async () => {
      const original = arabicOriginal('corrected');
      await record(original);
      const id = await jobOf(original.newsroom.articleId);
      await desk.get(ClaimJobUseCase).execute(id, omar);
      await desk.get(SaveDraftUseCase).execute(id, omar, GOOD_TRANSLATION);
      await desk.get(SubmitJobUseCase).execute(id, omar);
      await desk.get(ApproveJobUseCase).execute(id, karim);
      await desk.get(SimpleTransitionsUseCase).execute(id, karim, 'reopen', 'a typo in the headline');
      await desk.get(ClaimJobUseCase).execute(id, omar);
      await desk.get(SubmitJobUseCase).execute(id, omar);
      expect((await desk.get(ApproveJobUseCase).execute(id, karim)).translation).toMatchObject({ version: 2 });
      await record({ ...original, version: '2', pubStatus: 'canceled' });
      const versions = (await outbox()).filter((a) => a.newsroom.translation?.originalUri === original.uri);
      expect(versions.map((a) => [a.version, a.pubStatus])).toEqual([
        ['1', 'usable'],
        ['2', 'usable'],
        ['3', 'canceled'],
      ]);
      expect((await desk.get(GetJobUseCase).execute(id, karim)).state).toBe('canceled');
    });

    it('flags an approval made against an older version of the original', async () => {
      const original = arabicOriginal('older-source');
      await record(original);
      const id = await jobOf(original.newsroom.articleId);
      await desk.get(ClaimJobUseCase).execute(id, salma);
      await desk.get(SaveDraftUseCase).execute(id, salma, GOOD_TRANSLATION);
      await desk.get(SubmitJobUseCase).execute(id, salma);
      await record({ ...original, version: '2', headlines: [{ value: 'عنوان معدل عن إدلب' }] });
      const approved = await desk.get(ApproveJobUseCase).execute(id, karim);
      expect(approved.approvedAgainstOlderSource).toBe(true);
      expect(approved.audit.at(-1)?.comment).toBe('approved against source version 1; the newest is 2');
    });
  });

  describe('the queue', () => {
    it('pages with a cursor, most pressing first, filtered by state and language pair', async () => {
      for (const n of [1, 2, 3, 4, 5]) await record(arabicOriginal(`queue-${n}`));
      const list = desk.get(ListJobsUseCase);
      const first = await list.execute({ state: 'open', source: 'ar', target: 'en', limit: '2' }, salma.id!);
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).toEqual(expect.any(String));
      const seen = [...first.items];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await list.execute({ state: 'open', source: 'ar', target: 'en', limit: '2', cursor }, salma.id!);
        seen.push(...page.items);
        cursor = page.nextCursor;
      }
      expect(new Set(seen.map((j) => j.id)).size).toBe(seen.length);
      expect(seen.every((j) => j.state === 'open')).toBe(true);
      const keys = seen.map((j) => `${j.priority}|${j.dueAt}|${j.id}`);
      expect(keys).toEqual([...keys].sort());
      expect((await list.execute({ target: 'fr' }, salma.id!)).items).toEqual([]);
      expect(await refusal(list.execute({ state: 'lost' }, salma.id!))).toBe('INVALID_INPUT');
    });
  });

  describe('the glossary', () => {
    it('is seeded, exports as CSV and imports it back, adding and updating terms', async () => {
      const glossary = desk.get(ImportGlossaryUseCase);
      const csv = await glossary.export();
      expect(glossaryFromCsv(csv).map((t) => t.en.preferred)).toEqual(
        expect.arrayContaining(['Islamic State', 'Hayat Tahrir al-Sham', 'Free Syrian Army', 'Idlib']),
      );
      expect(await glossary.execute(karim, csv)).toMatchObject({ added: 0 });
      expect(
        await glossary.execute(
          karim,
          'category,ar,en,en_forbidden\nplace,سراقب,Saraqib,Saraqeb\nplace,إدلب,Idlib,Edlib|Idleb|Idleeb\n',
        ),
      ).toEqual({ added: 1, updated: 1 });
      expect(await refusal(glossary.execute(salma, csv))).toBe('ROLE_FORBIDDEN');
      expect(await refusal(glossary.execute(karim, 'category,ar,en\nplace,,Nowhere\n'))).toBe('INVALID_INPUT');
    });
  });

  it('counts queue depth, oldest open job and due breaches', async () => {
    desk.later(48 * 3_600_000);
    const stats = await desk.get(JobsRepository).stats(desk.now);
    const open = stats.find((s) => s.state === 'open' && s.sourceLanguage === 'ar' && s.targetLanguage === 'en');
    expect(open?.count).toBeGreaterThan(0);
    expect(open?.oldestAgeSeconds).toBeGreaterThan(48 * 3600);
    expect(open?.breaches).toBe(open?.count);
  });
});
