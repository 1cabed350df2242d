import { CREDIT_ROLES } from '../schemas/credit-roles';
import type { NewsroomExtension } from './article';

export { CREDIT_ROLES };
export type CreditRole = (typeof CREDIT_ROLES)[number];

/** A person credited on an article, by newsroom role (see CREDIT_ROLES), name exactly as printed. */
export type Credit = NewsroomExtension['credits'][number];
