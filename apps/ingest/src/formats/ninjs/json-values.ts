import { IntakeError } from '../intake-error';
import { jsonErrorOffset } from './json-error-offset';

export type JsonObject = Record<string, unknown>;

/** Text → one JSON object, or MALFORMED naming the line the JSON parser stopped at. */
export function parseJsonObject(text: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const line = lineAt(text);
    const where = line === undefined ? 'body' : `line ${line}`;
    throw new IntakeError('MALFORMED', `the body is not valid JSON (${where}): ${(error as Error).message}`, where);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new IntakeError('MALFORMED', 'a ninjs item must be a JSON object', 'body');
  return value as JsonObject;
}

/** The line of the first character that is not JSON: feeds' people look for lines, not offsets. */
function lineAt(text: string): number | undefined {
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function objectsOf(value: unknown): JsonObject[] {
  return Array.isArray(value)
    ? value.filter((v): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v))
    : [];
}
