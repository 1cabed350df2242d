import { CanActivate, ExecutionContext, Inject, Injectable, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import { Actor } from '../people/desk-roles';
import { DeskUser, actorOf } from '../people/desk-user';
import { LogInUseCase } from '../people/log-in/log-in.use-case';

export type DeskRequest = Request & { deskUser?: DeskUser; deskToken?: string };

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** Every desk call but the sign-in: `Authorization: Bearer <token>` of a live session of an enabled account. */
@Injectable()
export class DeskAuthGuard implements CanActivate {
  constructor(@Inject(LogInUseCase) private readonly logIn: LogInUseCase) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<DeskRequest>();
    const token = bearerToken(request);
    request.deskUser = await this.logIn.authenticate(token);
    request.deskToken = token;
    return true;
  }
}

/** The signed-in person as an Actor (the guard has run). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return actorOf(context.switchToHttp().getRequest<DeskRequest>().deskUser!);
});
