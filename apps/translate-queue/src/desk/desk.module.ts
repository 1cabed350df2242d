import { Module } from '@nestjs/common';
import { HealthModule } from '@news/http';
import { MessagingModule } from '@news/messaging';
import { TRANSLATE_QUEUE_CONFIG, TranslateQueueConfig } from '../translate-queue-config';
import { TranslateQueueDatabase } from '../translate-queue-database';
import { CLOCK, DESK_CONFIG, MACHINE_TRANSLATOR } from './desk.tokens';
import { AddTermUseCase } from './glossary/add-term/add-term.use-case';
import { GlossaryRepository } from './glossary/glossary.repository';
import { ImportGlossaryUseCase } from './glossary/import-glossary/import-glossary.use-case';
import { AuthController } from './http/auth.controller';
import { DeskAuthGuard } from './http/desk-auth.guard';
import { GlossaryController } from './http/glossary.controller';
import { JobsController } from './http/jobs.controller';
import { UsersController } from './http/users.controller';
import { ApproveJobUseCase } from './jobs/approve-job/approve-job.use-case';
import { ClaimJobUseCase } from './jobs/claim-job/claim-job.use-case';
import { GetJobUseCase } from './jobs/get-job/get-job.use-case';
import { JobViewer } from './jobs/job-viewer';
import { JobWorkflow } from './jobs/job-workflow';
import { JobsRepository } from './jobs/jobs.repository';
import { LeaseSweeper } from './jobs/lease-sweeper';
import { ListJobsUseCase } from './jobs/list-jobs/list-jobs.use-case';
import { ReassignJobUseCase } from './jobs/reassign-job/reassign-job.use-case';
import { RecordSourceUseCase } from './jobs/record-source/record-source.use-case';
import { ReturnJobUseCase } from './jobs/return-job/return-job.use-case';
import { SaveDraftUseCase } from './jobs/save-draft/save-draft.use-case';
import { SimpleTransitionsUseCase } from './jobs/simple-transitions/simple-transitions.use-case';
import { SubmitJobUseCase } from './jobs/submit-job/submit-job.use-case';
import { DeskMetrics } from './metrics/desk-metrics';
import { MachineDrafts } from './mt/machine-drafts';
import { LibreTranslateClient } from './mt/machine-translator';
import { DeskOutbox } from './outbox/desk-outbox';
import { AddUserUseCase } from './people/add-user/add-user.use-case';
import { DisableUserUseCase } from './people/disable-user/disable-user.use-case';
import { ListUsersUseCase } from './people/list-users/list-users.use-case';
import { LogInUseCase } from './people/log-in/log-in.use-case';
import { ResetPasswordUseCase } from './people/reset-password/reset-password.use-case';
import { UsersRepository } from './people/users.repository';

const USE_CASES = [
  AddUserUseCase,
  ListUsersUseCase,
  DisableUserUseCase,
  ResetPasswordUseCase,
  LogInUseCase,
  ListJobsUseCase,
  GetJobUseCase,
  ClaimJobUseCase,
  SaveDraftUseCase,
  SubmitJobUseCase,
  ApproveJobUseCase,
  ReturnJobUseCase,
  ReassignJobUseCase,
  SimpleTransitionsUseCase,
  RecordSourceUseCase,
  AddTermUseCase,
  ImportGlossaryUseCase,
];

/**
 * The translation desk: people and sign-in, the jobs and their workflow,
 * QA, the glossary, machine pre-translation, the outbox that carries
 * approved translations to news.ready, and the desk's metrics and health.
 */
@Module({
  imports: [TranslateQueueDatabase, MessagingModule, HealthModule],
  controllers: [AuthController, JobsController, GlossaryController, UsersController],
  providers: [
    UsersRepository,
    JobsRepository,
    GlossaryRepository,
    JobWorkflow,
    JobViewer,
    DeskOutbox,
    DeskAuthGuard,
    LeaseSweeper,
    MachineDrafts,
    DeskMetrics,
    ...USE_CASES,
    {
      provide: DESK_CONFIG,
      useFactory: (config: TranslateQueueConfig) => config.desk,
      inject: [TRANSLATE_QUEUE_CONFIG],
    },
    { provide: CLOCK, useValue: () => new Date() },
    {
      provide: MACHINE_TRANSLATOR,
      useFactory: ({ desk }: TranslateQueueConfig) =>
        desk.mt ? new LibreTranslateClient(desk.mt.url, desk.mt.timeoutMs) : null,
      inject: [TRANSLATE_QUEUE_CONFIG],
    },
  ],
  exports: [RecordSourceUseCase, MachineDrafts, ...USE_CASES],
})
export class DeskModule {}
