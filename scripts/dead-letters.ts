import { loadServiceConfig } from '@news/config';
import { createKafka, DeadLetter, DeadLetterDesk } from '@news/messaging';

const USAGE = `usage: npm run dlq -- <command>
  list [--prefix P]                        dead-letter topics and how many records each holds
  inspect <dlq-topic> [--limit N]          each record: where it came from, attempts, the error
  replay <dlq-topic> [--offset O] [--key K]  send records back to their original topic (each once; not those cut to fit)`;

/** On-call's view of the dead letters, against the broker(s) in KAFKA_BROKERS (with KAFKA_SSL_* / KAFKA_SASL_* when set). */
async function main(argv: string[]): Promise<void> {
  const [command, topic] = argv;
  const option = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const desk = new DeadLetterDesk(createKafka(loadServiceConfig('dead-letter-desk', 0).kafka));
  switch (command) {
    case 'list':
      for (const t of await desk.topics(option('prefix') ?? ''))
        console.log(`${t}\t${(await desk.read(t)).length} record(s)`);
      return;
    case 'inspect': {
      if (!topic) throw new Error('inspect needs a dead-letter topic');
      const letters = await desk.read(topic);
      letters.slice(0, Number(option('limit') ?? letters.length)).forEach((l) => console.log(format(l)));
      return;
    }
    case 'replay': {
      if (!topic) throw new Error('replay needs a dead-letter topic');
      const offset = option('offset');
      const key = option('key');
      const replayed = await desk.replay(topic, (l) => (!offset || l.offset === offset) && (!key || l.key === key));
      console.log(`replayed ${replayed.length} record(s)`);
      replayed.forEach((l) => console.log(`  ${l.topic}/${l.partition}@${l.offset} -> ${l.originalTopic}`));
      return;
    }
    default:
      console.log(USAGE);
      process.exitCode = command ? 64 : 0;
  }
}

function format(l: DeadLetter): string {
  return [
    `${l.topic}/${l.partition}@${l.offset} key=${l.key ?? '-'} event=${l.eventId ?? '-'}`,
    `  from      ${l.originalTopic ?? '?'}/${l.originalPartition ?? '?'}@${l.originalOffset ?? '?'} (group ${l.consumerGroup ?? '?'})`,
    `  attempts  ${l.attempts ?? '?'}`,
    `  error     ${l.error ?? '?'}`,
    ...(l.truncated
      ? [
          `  value     cut to fit (${l.truncated} bytes in all); not replayable: the whole record is at the "from" address above`,
        ]
      : []),
  ].join('\n');
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
