import 'reflect-metadata';
import { runService } from '@news/runtime';
import { ingestApp } from './ingest.app';
import { loadIngestConfig } from './ingest-config';

void runService(() => ingestApp(loadIngestConfig()));
