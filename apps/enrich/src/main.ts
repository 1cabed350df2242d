import 'reflect-metadata';
import { loadServiceConfig } from '@news/config';
import { runService } from '@news/runtime';
import { enrichApp } from './enrich.app';

void runService(() => enrichApp(loadServiceConfig('enrich', 3003)));
