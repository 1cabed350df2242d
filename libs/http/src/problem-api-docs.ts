import { applyDecorators } from '@nestjs/common';
import { ApiResponse, SchemaObject } from '@nestjs/swagger';

/** RFC 9457, as ProblemDetailsFilter writes it; a service may add the members its refusals carry. */
export function problemSchema(extra: Record<string, SchemaObject> = {}): SchemaObject {
  return {
    type: 'object',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string', format: 'uri', example: 'https://newsroom.example/problems/not-found' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      pointer: { type: 'string', description: 'The field or line at fault, when one is known.' },
      ...extra,
    },
  };
}

const PROBLEM = problemSchema();

/** A refusal documented as application/problem+json, with the headers it carries. */
export function ApiProblem(
  status: number,
  description: string,
  headers?: Record<string, { description: string; schema: { type: 'integer' | 'string' } }>,
  schema: SchemaObject = PROBLEM,
): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status,
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/problem+json': { schema } },
  });
}

/** Several refusals at once: `[status, description]` pairs, each a problem+json body. */
export function ApiProblems(...problems: [number, string][]): MethodDecorator & ClassDecorator {
  return applyDecorators(...problems.map(([status, description]) => ApiProblem(status, description)));
}

/** The same with a service's own problem schema (e.g. the desk's QA failures). */
export function apiProblemsWith(schema: SchemaObject) {
  return (...problems: [number, string][]): MethodDecorator & ClassDecorator =>
    applyDecorators(...problems.map(([status, description]) => ApiProblem(status, description, undefined, schema)));
}
