/** RFC 9457 problem details: every refusal names its problem. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** The field or line at fault, when one is known. */
  pointer?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(status: number, slug: string, title: string, detail: string, pointer?: string): ProblemDetails {
  return { type: `https://newsroom.example/problems/${slug}`, title, status, detail, ...(pointer ? { pointer } : {}) };
}
