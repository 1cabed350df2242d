import { answers, hostPort, testInfrastructure } from './infrastructure';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain JS script the shell scripts run too
const { warmUp } = require('../../scripts/kafka-warmup.js') as { warmUp: (brokers: string[]) => Promise<void> };

/**
 * Integration and e2e tests talk to the real Kafka, Postgres and Redis.
 * scripts/test.sh starts what it can; if something is still missing, stop
 * here with one line per missing piece instead of a wall of timeouts.
 */
export default async function globalSetup(): Promise<void> {
  const needed: [string, string][] = [
    ['Kafka', testInfrastructure.kafkaBrokers[0]],
    [
      'PostgreSQL',
      testInfrastructure.databaseUrl.replace(/^postgres(ql)?:\/\/([^@]*@)?/, 'tcp://').replace(/\/[^/]*$/, '') ||
        '127.0.0.1:5432',
    ],
    ['Redis', testInfrastructure.redisUrl],
  ];
  const missing: string[] = [];
  for (const [name, address] of needed) {
    const [host, port] = hostPort(address);
    if (!(await answers(host, port))) missing.push(`${name} is not answering on ${host}:${port}`);
  }
  if (missing.length > 0) {
    throw new Error(
      `integration tests need the real services:\n  - ${missing.join('\n  - ')}\nrun them through \`npm test\`, which starts Kafka and checks the rest`,
    );
  }
  await warmUp(testInfrastructure.kafkaBrokers);
}
