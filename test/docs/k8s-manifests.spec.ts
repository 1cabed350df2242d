import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { serviceEnv } from '@news/config';
import { TOPIC_SPECS } from '@news/contracts';
import { ingestEnv } from '../../apps/ingest/src/ingest-config';
import { translateQueueEnv } from '../../apps/translate-queue/src/translate-queue-config';
import { generatedFiles } from '../../scripts/k8s/kafka-resources';

/**
 * The deployment files as CI sees them: every kustomization under k8s/ renders
 * with `kubectl kustomize` and each object validates against its schema
 * (scripts/k8s/validate-objects.mjs); the env the manifests set is env the
 * services read; probes hit routes that exist; the Strimzi/KEDA files match
 * libs/contracts; `docker-compose config` accepts the compose file.
 * scripts/test.sh installs kubectl and docker-compose when they are missing.
 */
const ROOT = join(__dirname, '..', '..');

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

interface Container {
  name: string;
  image: string;
  env?: { name: string; value?: string }[];
  resources?: { limits?: { memory?: string } };
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  startupProbe?: { httpGet?: { path: string } };
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
}

function tool(name: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${name} is not installed: scripts/test.sh installs it (apt-get), or install it by hand`);
  }
}

function kustomizations(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return kustomizations(path);
    return entry === 'kustomization.yaml' ? [relative(ROOT, dir)] : [];
  });
}

const DIRS = kustomizations(join(ROOT, 'k8s'));
const rendered = new Map<string, K8sObject[]>();

function render(dir: string): K8sObject[] {
  const cached = rendered.get(dir);
  if (cached) return cached;
  tool('kubectl');
  const output = execFileSync('kubectl', ['kustomize', join(ROOT, dir)], { encoding: 'utf8' });
  const objects = parseAllDocuments(output).map((doc) => doc.toJSON() as K8sObject);
  rendered.set(dir, objects);
  return objects;
}

function podSpecOf(object: K8sObject): { containers: Container[]; topologySpreadConstraints?: unknown[] } {
  const spec = object.spec as { template: { spec: { containers: Container[] } } };
  return spec.template.spec;
}

const workloads = (objects: K8sObject[]) => objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job');

/** The routes a probe may hit, read from the controller that serves them. */
function healthRoutes(): string[] {
  const source = readFileSync(join(ROOT, 'libs/http/src/health.controller.ts'), 'utf8');
  const base = /@Controller\('([^']+)'\)/.exec(source)?.[1];
  return [...source.matchAll(/@Get\('([^']+)'\)/g)].map((m) => `/${base}/${m[1]}`);
}

/** Every variable some service reads; APP is the image's own (Dockerfile), NODE_OPTIONS node's. */
const READ = new Set([
  'APP',
  'NODE_OPTIONS',
  ...[ingestEnv, translateQueueEnv, serviceEnv(0)].flatMap((s) => Object.keys(s.shape)),
]);

describe('the Kubernetes manifests', () => {
  it('include a base, a dev and a prod overlay, and no deprecated commonLabels', () => {
    expect(DIRS).toEqual(expect.arrayContaining(['k8s/base', 'k8s/overlays/dev', 'k8s/overlays/prod']));
    for (const dir of DIRS)
      expect(readFileSync(join(ROOT, dir, 'kustomization.yaml'), 'utf8')).not.toMatch(/^commonLabels:/m);
  });

  it.each(DIRS)('%s renders, and every object is valid against its schema', (dir) => {
    const objects = render(dir);
    expect(objects.length).toBeGreaterThan(0);
    const problems = execFileSync('node', [join(ROOT, 'scripts/k8s/validate-objects.mjs')], {
      cwd: ROOT,
      input: JSON.stringify(objects),
      encoding: 'utf8',
    });
    expect(JSON.parse(problems)).toEqual([]);
  });

  it.each(DIRS)('%s sets only env that a service reads, and no credential in a ConfigMap', (dir) => {
    const objects = render(dir);
    const configMaps = new Map(objects.filter((o) => o.kind === 'ConfigMap').map((o) => [o.metadata.name, o]));
    for (const map of configMaps.values()) expect(Object.keys(map.data ?? {})).not.toContain('DATABASE_URL');
    for (const workload of workloads(objects)) {
      for (const container of podSpecOf(workload).containers) {
        const fromMaps = (container.envFrom ?? []).flatMap((source) => {
          if (!source.configMapRef) return [];
          const map = configMaps.get(source.configMapRef.name);
          expect(map).toBeDefined();
          return Object.keys(map?.data ?? {});
        });
        const names = [...(container.env ?? []).map((e) => e.name), ...fromMaps];
        expect({ [`${workload.metadata.name}`]: names.filter((n) => !READ.has(n)) }).toEqual({
          [`${workload.metadata.name}`]: [],
        });
      }
    }
  });

  it.each(DIRS)('%s probes only health routes the services serve', (dir) => {
    const routes = healthRoutes();
    expect(routes).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
    for (const deployment of render(dir).filter((o) => o.kind === 'Deployment')) {
      for (const c of podSpecOf(deployment).containers) {
        const paths = [c.startupProbe, c.readinessProbe, c.livenessProbe].map((p) => p?.httpGet?.path);
        expect(paths.every((p) => p !== undefined && routes.includes(p))).toBe(true);
      }
    }
  });

  it.each(['k8s/base', 'k8s/overlays/dev', 'k8s/overlays/prod'])(
    '%s caps each service heap well under its memory limit, so it is collected before the pod is killed',
    (dir) => {
      for (const deployment of render(dir).filter((o) => o.kind === 'Deployment')) {
        for (const c of podSpecOf(deployment).containers) {
          const options = c.env?.find((e) => e.name === 'NODE_OPTIONS')?.value ?? '';
          const heapMb = Number(/--max-old-space-size=(\d+)/.exec(options)?.[1]);
          // The young generation is two semi-spaces (V8's default here: 16 MB each).
          const youngMb = 2 * Number(/--max-semi-space-size=(\d+)/.exec(options)?.[1] ?? 16);
          const limitMi = Number(/^(\d+)Mi$/.exec(c.resources?.limits?.memory ?? '')?.[1]);
          // Code, buffers and native memory live outside the V8 heap: about 58 MB here.
          expect({ [deployment.metadata.name]: heapMb > 0 && heapMb + youngMb <= limitMi - 58 }).toEqual({
            [deployment.metadata.name]: true,
          });
        }
      }
    },
  );

  it('leave Deployment selectors alone when labelling (labels, not commonLabels)', () => {
    for (const dir of ['k8s/overlays/dev', 'k8s/overlays/prod']) {
      for (const d of render(dir).filter((o) => o.kind === 'Deployment')) {
        const selector = (d.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
        expect(selector).toEqual({ 'app.kubernetes.io/name': d.metadata.name });
        expect(d.metadata.labels?.['app.kubernetes.io/part-of']).toBe('newsroom');
      }
    }
  });
});

describe('the production overlay', () => {
  const objects = () => render('k8s/overlays/prod');
  const named = (kind: string) => objects().filter((o) => o.kind === kind);
  const deployments = () => named('Deployment');

  it('runs at least two replicas of each service, spread across zones, with a pinned image', () => {
    for (const d of deployments()) {
      expect((d.spec as { replicas: number }).replicas).toBeGreaterThanOrEqual(2);
      const pod = podSpecOf(d);
      expect(JSON.stringify(pod.topologySpreadConstraints)).toContain('topology.kubernetes.io/zone');
      expect(pod.containers[0].image).toMatch(/^[^:]+\/newsroom(:(?!latest$)[\w.-]+|@sha256:[0-9a-f]{64})$/);
    }
  });

  it('gives every service a PodDisruptionBudget and a NetworkPolicy, behind a default deny', () => {
    const names = deployments().map((d) => d.metadata.name);
    expect(named('PodDisruptionBudget').map((p) => p.metadata.name)).toEqual(expect.arrayContaining(names));
    const policies = named('NetworkPolicy').map((p) => p.metadata.name);
    expect(policies).toEqual(expect.arrayContaining([...names, 'newsroom-default-deny']));
  });

  it('scales the HTTP services on CPU and the consumers on lag, never past their partitions', () => {
    expect(named('HorizontalPodAutoscaler').map((h) => h.metadata.name)).toEqual(['ingest', 'publish']);
    const scaled = named('ScaledObject');
    expect(scaled.map((s) => s.metadata.name).sort()).toEqual(['enrich', 'publish', 'translate-queue']);
    for (const s of scaled) {
      const spec = s.spec as { maxReplicaCount: number; triggers: { type: string; metadata: { topic: string } }[] };
      expect(spec.triggers[0].type).toBe('kafka');
      const topic = TOPIC_SPECS.find((t) => t.name === spec.triggers[0].metadata.topic);
      expect(spec.maxReplicaCount).toBe(topic?.partitions);
    }
  });

  it('declares every topic with three replicas and min.insync.replicas 2, and lets the services only check them', () => {
    const topics = named('KafkaTopic');
    for (const spec of TOPIC_SPECS) expect(topics.map((t) => t.spec?.topicName)).toContain(spec.name);
    for (const t of topics) {
      expect(t.spec?.replicas).toBe(3);
      expect((t.spec?.config as Record<string, string>)['min.insync.replicas']).toBe('2');
    }
    const config = named('ConfigMap').find((c) => c.metadata.name.startsWith('newsroom-config'));
    expect(config?.data).toMatchObject({ KAFKA_CREATE_TOPICS: 'false', KAFKA_SASL_MECHANISM: 'scram-sha-512' });
    expect(named('ServiceMonitor')).toHaveLength(1);
    expect(named('Ingress')).toHaveLength(1);
  });
});

describe('the generated Strimzi and KEDA files', () => {
  it.each(Object.entries(generatedFiles()))('%s matches libs/contracts (npm run k8s:topics)', (path, content) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(content);
  });
});

describe('the generated KafkaUsers', () => {
  interface Acl {
    resource: { type: string; name?: string };
    operations: string[];
  }
  const users = () =>
    render('k8s/strimzi')
      .filter((o) => o.kind === 'KafkaUser')
      .map((u) => ({
        name: u.metadata.name,
        acls: (u.spec as { authorization: { acls: Acl[] } }).authorization.acls,
      }));

  it('let each service read only its own sources and retry topics, through its own group, and manage nothing', () => {
    const reads: Record<string, string[]> = {
      'newsroom-ingest': ['wire.raw.v1'],
      'newsroom-translate-queue': ['news.ingested.v1', 'news.ingested.v1.translate-queue.retry'],
      'newsroom-enrich': ['news.ready.v1', 'news.ready.v1.enrich.retry'],
      'newsroom-publish': ['news.enriched.v1', 'news.enriched.v1.publish.retry'],
    };
    for (const user of users().filter((u) => u.name in reads)) {
      const readable = user.acls.filter((a) => a.resource.type === 'topic' && a.operations.includes('Read'));
      expect(readable.map((a) => a.resource.name).sort()).toEqual(reads[user.name].sort());
      const groups = user.acls.filter((a) => a.resource.type === 'group').map((a) => a.resource.name);
      expect(groups).toHaveLength(1);
      const ops = user.acls.flatMap((a) => a.operations);
      for (const forbidden of ['All', 'Create', 'Delete', 'Alter', 'AlterConfigs'])
        expect(ops).not.toContain(forbidden);
    }
  });
});

describe('docker-compose.yml', () => {
  it('is valid for docker-compose config', () => {
    tool('docker-compose');
    expect(() =>
      execFileSync('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), 'config', '--quiet'], {
        cwd: ROOT,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});

describe('the Grafana dashboard', () => {
  it('charts only metrics the services expose', () => {
    const dashboard = readFileSync(join(ROOT, 'k8s/overlays/prod/dashboards/newsroom.json'), 'utf8');
    const exposed = readFileSync(join(ROOT, 'libs/observability/src/pipeline-metrics.ts'), 'utf8');
    const used = [...new Set([...dashboard.matchAll(/\b(news_[a-z_]+?)(?:_bucket)?\{/g)].map((m) => m[1]))];
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((name) => !exposed.includes(`'${name}'`))).toEqual([]);
  });
});
