import { CREDIT_ROLES, CREDIT_ROLE_LABELS } from '../schemas/credit-roles';
import type { NewsroomExtension } from './article';

export { CREDIT_ROLES, CREDIT_ROLE_LABELS };
export type CreditRole = (typeof CREDIT_ROLES)[number];

/** A person credited on an article, by newsroom role (see CREDIT_ROLES), name exactly as printed. */
export type Credit = NewsroomExtension['credits'][number];
