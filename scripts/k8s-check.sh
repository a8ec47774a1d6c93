#!/usr/bin/env bash
# Validates the Kubernetes manifests in deploy/k8s/ offline (no cluster): `make k8s-check`.
#
#  1. kustomization.yaml lists every manifest in the folder (and nothing missing);
#     *.example.yaml files are examples, deliberately not listed.
#  2. Every object of every file, and of the kustomize rendering when `kubectl kustomize`
#     or `kustomize` is on PATH, is validated against a JSON schema, strictly (an unknown
#     or misspelt field fails):
#       - built-in kinds: the Kubernetes OpenAPI schemas bundled in the PyPI package
#         kubernetes-validate (tools/venv), for each version in K8S_VERSIONS;
#       - CloudNativePG's Cluster and ScheduledBackup (CRDs, which kubernetes-validate does
#         not know and would only warn about): deploy/k8s/schemas/*.json with jsonschema;
#       - any other kind or apiVersion: an error, never a warning.
#  3. Cross-references: selectors match pod templates, Service/Ingress/HPA/PDB targets and
#     ports exist, every ConfigMap/Secret (and Secret key) referenced is defined (Secrets in
#     secret.example.yaml; CNPG creates <cluster>-ca itself, of which only ca.crt may be
#     mounted), database URLs name the CNPG cluster's -rw/-ro services with
#     sslmode=verify-full and that cluster's ca.crt, mounted in the container, as sslrootcert,
#     and every container is non-root, read-only, without capabilities, with requests and limits.
#
# Usage: scripts/k8s-check.sh [DIR]   (default deploy/k8s). Exit status 1 on any problem.
# K8S_RENDER=none skips the kustomize rendering (what a machine without kubectl does).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
DIR=$(cd "${1:-$ROOT/deploy/k8s}" && pwd)
PY="$ROOT/tools/venv/bin/python"
: "${K8S_VERSIONS:=1.30 1.37}"
export K8S_VERSIONS

"$PY" -c 'import kubernetes_validate, jsonschema, yaml' 2>/dev/null ||
  die "kubernetes-validate is not installed in tools/venv (run scripts/install-tools.sh)"

rendered=$(mktemp)
remove_on_exit "$rendered"
renderer=none
if [ "${K8S_RENDER:-auto}" = none ]; then
  :
elif command -v kubectl >/dev/null 2>&1; then
  renderer="kubectl kustomize"
  kubectl kustomize "$DIR" >"$rendered" || die "kubectl kustomize $DIR failed"
elif command -v kustomize >/dev/null 2>&1; then
  renderer="kustomize build"
  kustomize build "$DIR" >"$rendered" || die "kustomize build $DIR failed"
fi

"$PY" - "$DIR" "$renderer" "$rendered" <<'PY'
import glob
import json
import os
import re
import sys
import urllib.parse

import jsonschema
import yaml
from kubernetes_validate import utils as kv

directory, renderer, rendered_path = sys.argv[1:4]
versions = os.environ["K8S_VERSIONS"].split()
errors = []


def error(where, message):
    errors.append(f"{where}: {message}")


class StrictLoader(yaml.SafeLoader):
    """YAML that refuses a key given twice in one mapping (PyYAML keeps the last)."""


def _mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load(path, text=None):
    name = os.path.relpath(path, directory) if text is None else path
    try:
        if text is None:
            with open(path) as f:
                text = f.read()
        docs = [d for d in yaml.load_all(text, Loader=StrictLoader) if d is not None]
    except (OSError, yaml.YAMLError) as e:
        error(name, f"unreadable YAML: {e}")
        return []
    out = []
    for i, doc in enumerate(docs):
        where = f"{name}#{i}"
        if not isinstance(doc, dict) or not all(k in doc for k in ("apiVersion", "kind", "metadata")):
            error(where, "not a Kubernetes object (apiVersion, kind and metadata are required)")
            continue
        out.append((where, doc))
    return out


# CRDs: JSON schemas kept in the repository (kubernetes-validate knows built-in kinds only).
CRD_SCHEMAS = {
    ("postgresql.cnpg.io/v1", "Cluster"): "cnpg-cluster-v1.json",
    ("postgresql.cnpg.io/v1", "ScheduledBackup"): "cnpg-scheduledbackup-v1.json",
}
validators = {}
for key, file in CRD_SCHEMAS.items():
    with open(os.path.join(directory, "schemas", file)) as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validators[key] = jsonschema.Draft202012Validator(schema)

DNS1123 = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def validate(where, doc):
    label = f"{where} {doc.get('kind')}/{doc['metadata'].get('name') if isinstance(doc['metadata'], dict) else '?'}"
    name = doc["metadata"].get("name") if isinstance(doc["metadata"], dict) else None
    if not isinstance(name, str) or len(name) > 253 or not DNS1123.match(name):
        error(label, f"metadata.name {name!r} is not a valid DNS-1123 name")
    key = (doc["apiVersion"], doc["kind"])
    if key in validators:
        for e in sorted(validators[key].iter_errors(doc), key=lambda e: list(e.path)):
            path = ".".join(str(p) for p in e.path) or "(root)"
            error(label, f"CRD schema deploy/k8s/schemas/{CRD_SCHEMAS[key]}: {path}: {e.message}")
        return
    for version in versions:
        try:
            kv.validate(doc, version, strict=True)
        except kv.ValidationError as e:
            path = ".".join(str(p) for p in e.path) or "(root)"
            error(label, f"Kubernetes {e.version}: {path}: {e.message}")
        except kv.SchemaNotFoundError as e:
            error(label, f"no schema: {e.message} (a typo, or a CRD without a schema in deploy/k8s/schemas/)")
            return
        except Exception as e:  # noqa: BLE001 - any other failure is a failure
            error(label, f"could not be validated against Kubernetes {version}: {e}")


# 1. The kustomization lists every manifest, and only existing ones.
kustomization_path = os.path.join(directory, "kustomization.yaml")
with open(kustomization_path) as f:
    kustomization = yaml.load(f, Loader=StrictLoader)
listed = kustomization.get("resources") or []
on_disk = sorted(
    os.path.basename(p) for p in glob.glob(os.path.join(directory, "*.y*ml"))
    if os.path.basename(p) not in ("kustomization.yaml", "kustomization.yml")
    and not re.search(r"\.example\.ya?ml$", p))
examples = sorted(glob.glob(os.path.join(directory, "*.example.y*ml")))
for f in on_disk:
    if f not in listed:
        error("kustomization.yaml", f"{f} is not listed in resources (name it *.example.yaml if it is not to be applied)")
for f in listed:
    if not os.path.isfile(os.path.join(directory, f)):
        error("kustomization.yaml", f"resource {f} does not exist")
if len(set(listed)) != len(listed):
    error("kustomization.yaml", "a resource is listed twice")

# 2. Schemas: every file on its own, then the rendering.
file_objects = []
for f in on_disk + [os.path.basename(p) for p in examples]:
    file_objects += load(os.path.join(directory, f))
for where, doc in file_objects:
    validate(where, doc)
if renderer != "none":
    with open(rendered_path) as f:
        applied = load(f"[{renderer}]", f.read())
    for where, doc in applied:
        validate(where, doc)
else:
    applied = [(w, d) for w, d in file_objects if not re.search(r"\.example\.ya?ml#", w)]
example_objects = [(w, d) for w, d in file_objects if re.search(r"\.example\.ya?ml#", w)]


# 3. Cross-references, on what kustomize applies (plus the example Secrets).
def of_kind(objs, kind):
    return {d["metadata"]["name"]: d for _, d in objs if d.get("kind") == kind}


deployments = of_kind(applied, "Deployment")
services = of_kind(applied, "Service")
configmaps = of_kind(applied, "ConfigMap")
secrets = {**of_kind(example_objects, "Secret"), **of_kind(applied, "Secret")}
clusters = of_kind(applied, "Cluster")
# Created by CloudNativePG for each cluster, not declared anywhere: the CA of its server
# certificates (ca.crt, and ca.key, its private key).
ca_secrets = {f"{c}-ca" for c in clusters}


def secret_keys(name):
    s = secrets.get(name) or {}
    return set((s.get("data") or {}).keys()) | set((s.get("stringData") or {}).keys())


def matches(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def pod_templates():
    for name, d in deployments.items():
        yield f"Deployment/{name}", d["spec"]["template"]


def template_labels():
    out = [t["metadata"].get("labels") or {} for _, t in pod_templates()]
    out += [{"cnpg.io/cluster": c} for c in clusters]  # the CloudNativePG instances' pods
    return out


for name, d in deployments.items():
    sel = d["spec"]["selector"].get("matchLabels") or {}
    if not matches(sel, d["spec"]["template"]["metadata"].get("labels") or {}):
        error(f"Deployment/{name}", "spec.selector.matchLabels does not match the pod template's labels")

for where, template in pod_templates():
    spec = template["spec"]
    psc = spec.get("securityContext") or {}
    if psc.get("runAsNonRoot") is not True:
        error(where, "pod securityContext.runAsNonRoot must be true")
    volumes = {v["name"]: v for v in spec.get("volumes") or []}
    for v in volumes.values():
        ref = v.get("secret")
        if ref is None:
            continue
        keys = {i["key"] for i in ref.get("items") or []}
        if ref["secretName"] in ca_secrets:
            if keys != {"ca.crt"}:
                error(where, f"volume {v['name']}: mount only ca.crt of Secret {ref['secretName']} (items), never ca.key")
        elif ref["secretName"] not in secrets:
            error(where, f"volume {v['name']}: Secret {ref['secretName']} is not defined (secret.example.yaml)")
        elif not keys <= secret_keys(ref["secretName"]):
            error(where, f"volume {v['name']}: Secret {ref['secretName']} keys {sorted(keys - secret_keys(ref['secretName']))} are not defined")
    for c in (spec.get("initContainers") or []) + spec["containers"]:
        cw = f"{where} container {c['name']}"
        sc = c.get("securityContext") or {}
        if sc.get("readOnlyRootFilesystem") is not True:
            error(cw, "securityContext.readOnlyRootFilesystem must be true")
        if sc.get("allowPrivilegeEscalation") is not False:
            error(cw, "securityContext.allowPrivilegeEscalation must be false")
        if "ALL" not in ((sc.get("capabilities") or {}).get("drop") or []):
            error(cw, "securityContext.capabilities.drop must include ALL")
        res = c.get("resources") or {}
        for part in ("requests", "limits"):
            if not {"cpu", "memory"} <= set((res.get(part) or {}).keys()):
                error(cw, f"resources.{part} must set cpu and memory")
        for ref in c.get("envFrom") or []:
            if "configMapRef" in ref and ref["configMapRef"]["name"] not in configmaps:
                error(cw, f"envFrom ConfigMap {ref['configMapRef']['name']} is not defined")
            if "secretRef" in ref and ref["secretRef"]["name"] not in secrets:
                error(cw, f"envFrom Secret {ref['secretRef']['name']} is not defined (secret.example.yaml)")
        for env in c.get("env") or []:
            ref = (env.get("valueFrom") or {}).get("secretKeyRef")
            if ref and ref["key"] not in secret_keys(ref["name"]):
                error(cw, f"env {env['name']}: Secret {ref['name']} key {ref['key']} is not defined (secret.example.yaml)")
            ref = (env.get("valueFrom") or {}).get("configMapKeyRef")
            if ref and ref["key"] not in ((configmaps.get(ref["name"]) or {}).get("data") or {}):
                error(cw, f"env {env['name']}: ConfigMap {ref['name']} key {ref['key']} is not defined")
            for var, suffix in (("DATABASE_URL", "-rw"), ("DATABASE_REPLICA_URL", "-ro")):
                if env["name"] != var:
                    continue
                url = env.get("value", "")
                hosts = re.findall(r"@([a-z0-9-]+)[:/]", url)
                cluster = next((h[: -len(suffix)] for h in hosts
                                if h.endswith(suffix) and h[: -len(suffix)] in clusters), None)
                if cluster is None:
                    error(cw, f"{var} does not point at a CloudNativePG cluster's {suffix} service")
                    continue
                query = urllib.parse.parse_qs(url.partition("?")[2])
                if query.get("sslmode") != ["verify-full"]:
                    error(cw, f"{var}: sslmode must be verify-full, not {'&'.join(query.get('sslmode') or ['unset'])}")
                # The CA's ca.crt, from a volume of Secret <cluster>-ca mounted in this container.
                provided = set()
                for m in c.get("volumeMounts") or []:
                    ref = (volumes.get(m["name"]) or {}).get("secret") or {}
                    if ref.get("secretName") == f"{cluster}-ca" and not m.get("subPath"):
                        provided |= {f"{m['mountPath'].rstrip('/')}/{i['path']}"
                                     for i in ref.get("items") or [] if i["key"] == "ca.crt"}
                if len(query.get("sslrootcert") or []) != 1 or query["sslrootcert"][0] not in provided:
                    error(cw, f"{var}: sslrootcert must be ca.crt of Secret {cluster}-ca, mounted in this container without subPath"
                              f" (mounted at: {sorted(provided) or 'nowhere'})")
    for c in spec["containers"]:
        for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
            if probe not in c:
                error(f"{where} container {c['name']}", f"{probe} is missing")

for name, s in services.items():
    sel = s["spec"].get("selector") or {}
    targets = [t for _, t in pod_templates() if matches(sel, t["metadata"].get("labels") or {})]
    if not targets:
        error(f"Service/{name}", "its selector matches no pod template")
    for port in s["spec"].get("ports") or []:
        tp = port.get("targetPort", port["port"])
        for t in targets:
            ports = [p for c in t["spec"]["containers"] for p in c.get("ports") or []]
            if not any(p.get("name") == tp or p["containerPort"] == tp for p in ports):
                error(f"Service/{name}", f"targetPort {tp!r} is not a port of the pods it selects")

for name, ing in of_kind(applied, "Ingress").items():
    for rule in ing["spec"].get("rules") or []:
        for path in (rule.get("http") or {}).get("paths") or []:
            if path.get("pathType") not in ("Exact", "Prefix", "ImplementationSpecific"):
                error(f"Ingress/{name}", f"pathType {path.get('pathType')!r} is not Exact, Prefix or ImplementationSpecific")
            svc = path["backend"]["service"]
            target = services.get(svc["name"])
            if target is None:
                error(f"Ingress/{name}", f"backend Service {svc['name']} is not defined")
                continue
            port = svc["port"]
            if not any(p.get("name") == port.get("name") or p["port"] == port.get("number")
                       for p in target["spec"]["ports"]):
                error(f"Ingress/{name}", f"Service {svc['name']} has no port {port}")

for name, h in of_kind(applied, "HorizontalPodAutoscaler").items():
    ref = h["spec"]["scaleTargetRef"]
    if ref["kind"] != "Deployment" or ref["name"] not in deployments:
        error(f"HorizontalPodAutoscaler/{name}", f"target {ref['kind']}/{ref['name']} is not defined")
    elif "replicas" in deployments[ref["name"]]["spec"]:
        error(f"Deployment/{ref['name']}", "sets replicas although an HPA scales it (each apply would reset it)")

for name, p in of_kind(applied, "PodDisruptionBudget").items():
    sel = p["spec"]["selector"].get("matchLabels") or {}
    if not any(matches(sel, labels) for labels in template_labels()):
        error(f"PodDisruptionBudget/{name}", "its selector matches no pod template")

for name, n in of_kind(applied, "NetworkPolicy").items():
    sel = n["spec"]["podSelector"].get("matchLabels") or {}
    if not any(matches(sel, labels) for labels in template_labels()):
        error(f"NetworkPolicy/{name}", "its podSelector matches no pod template")

for name, b in of_kind(applied, "ScheduledBackup").items():
    if b["spec"]["cluster"]["name"] not in clusters:
        error(f"ScheduledBackup/{name}", f"cluster {b['spec']['cluster']['name']} is not defined")
for name, c in clusters.items():
    spec = c["spec"]
    refs = [((spec.get("bootstrap") or {}).get("initdb") or {}).get("secret", {}).get("name")]
    creds = ((spec.get("backup") or {}).get("barmanObjectStore") or {}).get("s3Credentials") or {}
    for ref in creds.values():
        if isinstance(ref, dict):
            if ref["key"] not in secret_keys(ref["name"]):
                error(f"Cluster/{name}", f"backup credentials: Secret {ref['name']} key {ref['key']} is not defined")
    for ref in filter(None, refs):
        if not {"username", "password"} <= secret_keys(ref):
            error(f"Cluster/{name}", f"bootstrap Secret {ref} (username, password) is not defined")

if errors:
    for e in errors:
        print(f"k8s-check: ERROR {e}", file=sys.stderr)
    print(f"k8s-check: FAILED, {len(errors)} problem(s)", file=sys.stderr)
    sys.exit(1)
rendering = (f"{len(applied)} rendered by {renderer}" if renderer != "none"
             else "no kustomize rendering (no kubectl or kustomize, or K8S_RENDER=none)")
print(f"k8s-check: ok: {len(file_objects)} objects in {len(on_disk) + len(examples)} files"
      f" and {rendering}; Kubernetes"
      f" {', '.join(versions)} schemas (kubernetes-validate {kv.__version__}, strict),"
      f" {len(CRD_SCHEMAS)} CRD kinds against deploy/k8s/schemas/")
PY
