import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problem } from './problem-details';

/** Maps an error a feature recognises to a problem; null leaves it to the defaults. */
export type ProblemMapper = (error: unknown) => ProblemDetails | null;

/**
 * The HTTP edge: domain errors become problem+json through the app's mapper,
 * body-parser and Nest HTTP errors keep their status, and anything else is a
 * 500 whose detail says nothing internal.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = new Logger('HTTP');

  constructor(private readonly mapper: ProblemMapper = () => null) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const body = { ...this.toProblem(error), instance: request.originalUrl };
    if (body.status >= 500)
      this.log.error(`${request.method} ${request.originalUrl}: ${(error as Error)?.stack ?? String(error)}`);
    http.getResponse<Response>().status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(error: unknown): ProblemDetails {
    const mapped = this.mapper(error);
    if (mapped) return mapped;
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return problem(status, `http-${status}`, error.name, error.message);
    }
    const bodyParserError = error as { type?: string; status?: number; message?: string; limit?: number };
    if (bodyParserError?.type === 'entity.too.large') {
      return problem(
        413,
        'too-large',
        'Payload too large',
        `the body is larger than the limit of ${bodyParserError.limit} bytes`,
      );
    }
    if (typeof bodyParserError?.status === 'number' && bodyParserError.status >= 400 && bodyParserError.status < 500) {
      return problem(
        bodyParserError.status,
        'bad-request',
        'Bad request',
        bodyParserError.message ?? 'the request could not be read',
      );
    }
    return problem(500, 'internal', 'Internal error', 'the service failed to handle the request; it has been logged');
  }
}
