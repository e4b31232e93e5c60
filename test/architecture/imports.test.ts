// The layout's promises, checked on the sources: no import cycle anywhere, dependencies pointing inward, and
// the code the Lambdas run free of the local tools. Reads import statements (static and dynamic) as text.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const CODE_ROOTS = ['shared', 'functions', 'infra', 'cli'];

interface SourceFile {
  path: string;
  /** Project-relative paths of the project files it imports. */
  local: string[];
  /** Package specifiers it imports (node: built-ins excluded). */
  packages: string[];
}

function listTs(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function readSource(path: string): SourceFile {
  const text = readFileSync(join(root, path), 'utf8');
  const local: string[] = [];
  const packages: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? '';
    if (spec.startsWith('.')) local.push(relative(root, resolve(root, dirname(path), spec)));
    else if (!spec.startsWith('node:')) packages.push(spec);
  }
  return { path, local, packages };
}

const sources = CODE_ROOTS.flatMap(listTs).map(readSource);
const byPath = new Map(sources.map((s) => [s.path, s]));

/** Strongly connected components of more than one node (Tarjan), each a cycle. */
function cycles(nodes: string[], edges: (node: string) => string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges(v).includes(v)) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}

/** `shared/domain`, `cli`, `functions/process`: the folder a file belongs to, for layer rules. */
const layerOf = (path: string) =>
  path
    .split('/')
    .slice(0, path.startsWith('shared/') ? 2 : 1)
    .join('/');

function importsFrom(filePrefix: string, targetPrefixes: string[]): string[] {
  return sources
    .filter((s) => s.path.startsWith(filePrefix))
    .flatMap((s) => s.local.filter((t) => targetPrefixes.some((p) => t.startsWith(p))).map((t) => `${s.path} → ${t}`));
}

describe('imports', () => {
  it('finds the sources it checks (guards against an empty walk)', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(byPath.get('shared/domain/incidents.ts')?.local).toContain('shared/domain/schema.ts');
  });

  it('has no import cycle between files', () => {
    const edges = (path: string) => (byPath.get(path)?.local ?? []).filter((t) => byPath.has(t));
    expect(cycles([...byPath.keys()], edges)).toEqual([]);
  });

  it('has no cycle between the folders of shared/ (layers point one way)', () => {
    const shared = sources.filter((s) => s.path.startsWith('shared/'));
    const edges = new Map<string, Set<string>>();
    for (const s of shared) {
      const from = layerOf(s.path);
      for (const target of s.local) {
        const to = layerOf(target);
        if (to !== from && to.startsWith('shared/')) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    expect(cycles([...edges.keys()], (layer) => [...(edges.get(layer) ?? [])])).toEqual([]);
  });

  it('keeps the domain to itself: it imports only the domain and text helpers', () => {
    const outside = sources
      .filter((s) => s.path.startsWith('shared/domain/'))
      .flatMap((s) =>
        s.local
          .filter((t) => !t.startsWith('shared/domain/') && !t.startsWith('shared/text/'))
          .map((t) => `${s.path} → ${t}`),
      );
    expect(outside).toEqual([]);
  });

  it('keeps AWS out of the core: domain, text, places, extraction, ports and pipeline import no AWS package', () => {
    const core = [
      'shared/domain/',
      'shared/text/',
      'shared/places/',
      'shared/extraction/',
      'shared/ports/',
      'shared/pipeline/',
    ];
    const aws = /^(?:@aws-sdk\/|@aws-lambda-powertools\/|aws-lambda$|aws-cdk-lib|constructs$)/;
    const offending = sources
      .filter((s) => core.some((p) => s.path.startsWith(p)))
      .flatMap((s) => s.packages.filter((p) => aws.test(p)).map((p) => `${s.path} → ${p}`));
    expect(offending).toEqual([]);
  });

  it('keeps the pipeline off the adapters it is wired to', () => {
    expect(importsFrom('shared/pipeline/', ['shared/adapters/'])).toEqual([]);
  });

  it('keeps the deployed code free of the local tools: shared/ and functions/ never import cli/ or infra/', () => {
    expect(importsFrom('shared/', ['cli/', 'infra/', 'bench/', 'scripts/', 'test/'])).toEqual([]);
    expect(importsFrom('functions/', ['cli/', 'infra/', 'bench/', 'scripts/', 'test/'])).toEqual([]);
  });

  // Classic zod hangs every method on every schema, so none of it tree-shakes: it put ~95 KB into each Lambda
  // bundle, where zod/mini keeps only what the schemas use (issue 11's bundle budgets). zod/mini has no messages
  // of its own ("Invalid input" for everything): shared/domain/zod.ts sets the English ones, so every schema
  // takes its `z` from there.
  it('takes zod from shared/domain/zod.ts only: zod/mini, with English messages', () => {
    const offending = [...CODE_ROOTS, 'bench', 'scripts', 'test']
      .flatMap(listTs)
      .map(readSource)
      .filter((s) => s.path !== 'shared/domain/zod.ts')
      .flatMap((s) => s.packages.filter((p) => /^zod(?:\/|$)/.test(p)).map((p) => `${s.path} → ${p}`));
    expect(offending).toEqual([]);
    expect(new Set(readSource('shared/domain/zod.ts').packages)).toEqual(new Set(['zod/locales', 'zod/mini']));
  });

  it('detects a cycle when there is one (the checker itself)', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['a'] };
    expect(cycles(Object.keys(graph), (n) => graph[n] ?? [])).toEqual([['a', 'b', 'c']]);
  });
});
