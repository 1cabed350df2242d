import 'reflect-metadata';
import { loadServiceConfig } from '@news/config';
import { runService } from '@news/runtime';
import { publishApp } from './publish.app';

void runService(() => publishApp(loadServiceConfig('publish', 3004)));
