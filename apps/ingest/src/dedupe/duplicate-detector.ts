import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Intake } from '../articles/accept-article/intake';
import { INGEST_CONFIG, IngestConfig } from '../ingest-config';
import { DuplicateMatch, chooseDuplicateOf } from './duplicate-policy';
import { FingerprintsRepository } from './fingerprints.repository';

/** Near-duplicates across feeds: the fingerprint index (fingerprints.repository) plus the rules (duplicate-policy). */
@Injectable()
export class DuplicateDetector {
  constructor(@Inject(INGEST_CONFIG) private readonly config: IngestConfig) {}

  /** Saves the version's fingerprint and, when `check`, finds the other feed's article it duplicates. */
  async fingerprint(manager: EntityManager, intake: Intake, check: boolean): Promise<DuplicateMatch | null> {
    const fingerprints = new FingerprintsRepository(manager);
    const { feed, articleId } = intake.identity;
    if (!check) {
      await fingerprints.save(articleId, feed, intake.fingerprint);
      return null;
    }
    const { candidates, feedPriority } = await fingerprints.saveAndFindCandidates(articleId, feed, intake.fingerprint);
    return chooseDuplicateOf(
      { name: feed, priority: feedPriority },
      { simhash: intake.fingerprint.value, shingles: intake.fingerprint.shingles },
      candidates,
      this.config.duplicateMaxDistance,
    );
  }
}
