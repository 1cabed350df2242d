import type { NewsroomExtension } from './article';

/** "Idlib, SMART": where the story was filed from and the agency that filed it (fields described in the schema). */
export type Dateline = NonNullable<NewsroomExtension['dateline']>;
