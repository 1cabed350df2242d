import 'reflect-metadata';
import { runService } from '@news/runtime';
import { translateQueueApp } from './translate-queue.app';
import { loadTranslateQueueConfig } from './translate-queue-config';

void runService(() => translateQueueApp(loadTranslateQueueConfig()));
