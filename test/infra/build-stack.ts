// Builds the app the way infra/app.ts does, from a context object, without bundling the functions (esbuild runs
// only in the one full-synth test). Template.fromStack synthesizes, which also runs the cdk-nag plugin.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/app.ts';
import type { ClaimwatchStack } from '../../infra/claimwatch-stack.ts';

export interface BuiltStack {
  app: App;
  stack: ClaimwatchStack;
  template: Template;
}

export function buildStack(context: Record<string, unknown> = {}): BuiltStack {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  const { stack } = buildApp(app, {});
  return { app, stack, template: Template.fromStack(stack) };
}

type Resource = { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] };

export function resourcesOfType(template: Template, type: string): Array<[string, Resource]> {
  const resources = template.toJSON().Resources as Record<string, Resource>;
  return Object.entries(resources).filter(([, r]) => r.Type === type);
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Condition?: unknown;
  Sid?: string;
}

/** Every statement of every identity policy in the template (inline role policies and AWS::IAM::Policy). */
export function identityStatements(template: Template): Array<{ policy: string; statement: Statement }> {
  const found: Array<{ policy: string; statement: Statement }> = [];
  const push = (policy: string, doc: unknown) => {
    for (const statement of (doc as { Statement?: Statement[] })?.Statement ?? []) found.push({ policy, statement });
  };
  for (const [id, r] of resourcesOfType(template, 'AWS::IAM::Policy')) push(id, r.Properties?.PolicyDocument);
  for (const [id, r] of resourcesOfType(template, 'AWS::IAM::ManagedPolicy')) push(id, r.Properties?.PolicyDocument);
  for (const [id, r] of resourcesOfType(template, 'AWS::IAM::Role')) {
    for (const p of (r.Properties?.Policies as Array<{ PolicyDocument: unknown }> | undefined) ?? [])
      push(id, p.PolicyDocument);
  }
  return found;
}

export const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
