// Validates Kubernetes objects (a JSON array on stdin) against their schemas and
// prints a JSON array of problems ([] when all are valid). kubernetes-models and
// @kubernetes-models/* are ES modules only, so test/docs/k8s-manifests.spec.ts
// runs this as a child process instead of importing them into Jest.
//
//   core and apps kinds      kubernetes-models (the OpenAPI schemas of Kubernetes)
//   keda.sh                  @kubernetes-models/keda
//   monitoring.coreos.com    @kubernetes-models/prometheus-operator
//   kafka.strimzi.io         ./strimzi-schemas.mjs (the parts of Strimzi's CRD schemas these manifests use)
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { STRIMZI_SCHEMAS } from './strimzi-schemas.mjs';

const MODELS = {
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Secret': 'kubernetes-models/v1/Secret',
  'v1/Service': 'kubernetes-models/v1/Service',
  'v1/ServiceAccount': 'kubernetes-models/v1/ServiceAccount',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'batch/v1/Job': 'kubernetes-models/batch/v1/Job',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'networking.k8s.io/v1/NetworkPolicy': 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy',
  'networking.k8s.io/v1/Ingress': 'kubernetes-models/networking.k8s.io/v1/Ingress',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
  'keda.sh/v1alpha1/ScaledObject': '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject',
  'keda.sh/v1alpha1/TriggerAuthentication': '@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication',
  'monitoring.coreos.com/v1/ServiceMonitor':
    '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor',
};

const ajv = new Ajv({ allErrors: true, strict: false });
const strimzi = Object.fromEntries(
  Object.entries(STRIMZI_SCHEMAS).map(([kind, schema]) => [kind, ajv.compile(schema)]),
);

const objects = JSON.parse(readFileSync(0, 'utf8'));
const problems = [];

for (const object of objects) {
  const type = `${object.apiVersion}/${object.kind}`;
  const where = `${type} ${object.metadata?.name ?? '(no name)'}`;
  try {
    if (object.apiVersion?.startsWith('kafka.strimzi.io/')) {
      const validate = strimzi[type];
      if (!validate) throw new Error('no schema for this Strimzi kind');
      if (!validate(object)) throw new Error(ajv.errorsText(validate.errors, { dataVar: '' }));
      continue;
    }
    const path = MODELS[type];
    if (!path) throw new Error('no model for this kind: add it to scripts/k8s/validate-objects.mjs');
    const module = await import(path);
    const Model = module[object.kind] ?? module.default;
    new Model(object).validate();
  } catch (error) {
    problems.push(`${where}: ${error.message}`);
  }
}

process.stdout.write(JSON.stringify(problems));
