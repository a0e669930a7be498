#!/usr/bin/env node
// Checks xAPI statements read from stdin (a JSON array, or one statement per
// line) with the independent validator `xapi-validation`, plus the checks it
// does not make: that result.response (and every correctResponsesPattern) fits
// the activity's interactionType, and that Video Profile statements carry the
// extensions the profile requires.
// Usage: validate.js [--expect-verbs answered,played,...] < statements.json
// Exit 0 when every statement is valid (and every expected verb was seen).
'use strict';
const validate = require('xapi-validation').default;

const VIDEO = 'https://w3id.org/xapi/video/extensions/';
const NUMBER = /^-?\d+(\.\d+)?$/;
const SEGMENTS = /^(\d+\.\d{3}\[\.\]\d+\.\d{3})(\[,\]\d+\.\d{3}\[\.\]\d+\.\d{3})*$/;

function readStatements(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed);
  return trimmed.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

// Why `value` does not fit `interactionType`, or null.
function responseProblem(type, value, definition) {
  if (typeof value !== 'string') return 'is not a string';
  switch (type) {
    case 'true-false':
      return /^(true|false)$/.test(value) ? null : `"${value}" is not true or false`;
    case 'choice':
    case 'sequencing': {
      if (value === '') return 'is empty';
      const known = new Set((definition.choices || []).map((c) => c.id));
      const ids = value.split('[,]');
      if (new Set(ids).size !== ids.length) return `"${value}" repeats a choice`;
      const unknown = ids.filter((id) => !known.has(id));
      return unknown.length ? `"${value}" names unknown choice(s) ${unknown.join(', ')}` : null;
    }
    case 'numeric': {
      if (NUMBER.test(value)) return null;
      const range = value.split('[:]');
      if (range.length === 2 && range.every((p) => p === '' || NUMBER.test(p)) && range.some((p) => p !== '')) {
        if (range[0] !== '' && range[1] !== '' && Number(range[0]) > Number(range[1])) return `"${value}" min > max`;
        return null;
      }
      return `"${value}" is not a number or min[:]max`;
    }
    case 'fill-in':
    case 'long-fill-in':
    case 'other':
      return null;
    default:
      return `unexpected interactionType ${type}`;
  }
}

function stripCaseMatters(pattern) {
  return pattern.replace(/^\{case_matters=(true|false)\}/, '');
}

function ourChecks(statement) {
  const problems = [];
  const definition = (statement.object && statement.object.definition) || {};
  const result = statement.result || {};
  const verb = statement.verb && statement.verb.id;
  if (definition.type === 'http://adlnet.gov/expapi/activities/cmi.interaction') {
    const type = definition.interactionType;
    if (!type) problems.push('interaction without interactionType');
    if ('response' in result) {
      const why = responseProblem(type, result.response, definition);
      if (why) problems.push(`result.response ${why} for interactionType ${type}`);
    }
    for (const pattern of definition.correctResponsesPattern || []) {
      const why = responseProblem(type, type === 'fill-in' ? stripCaseMatters(pattern) : pattern, definition);
      if (why) problems.push(`correctResponsesPattern ${why} for interactionType ${type}`);
    }
    if (result.score) {
      const { raw, min, max, scaled } = result.score;
      if (raw < min || raw > max) problems.push(`score.raw ${raw} outside ${min}..${max}`);
      if (scaled < -1 || scaled > 1) problems.push(`score.scaled ${scaled} outside -1..1`);
    }
  }
  const categories = ((statement.context || {}).contextActivities || {}).category || [];
  if (categories.some((c) => c.id === 'https://w3id.org/xapi/video')) {
    const ctx = (statement.context || {}).extensions || {};
    const res = result.extensions || {};
    if (!ctx[VIDEO + 'session-id']) problems.push('video statement without context session-id');
    if (typeof ctx[VIDEO + 'length'] !== 'number') problems.push('video statement without context length');
    const need = {
      'https://w3id.org/xapi/video/verbs/played': ['time'],
      'https://w3id.org/xapi/video/verbs/paused': ['time', 'progress', 'played-segments'],
      'https://w3id.org/xapi/video/verbs/seeked': ['time-from', 'time-to'],
      'http://adlnet.gov/expapi/verbs/completed': ['time', 'progress', 'played-segments'],
      'http://adlnet.gov/expapi/verbs/terminated': ['time', 'progress', 'played-segments'],
      'http://adlnet.gov/expapi/verbs/interacted': ['time'],
    }[verb] || [];
    for (const name of need) {
      if (!(VIDEO + name in res)) problems.push(`${verb} without result extension ${name}`);
    }
    const segments = res[VIDEO + 'played-segments'];
    if (segments !== undefined && segments !== '' && !SEGMENTS.test(segments)) {
      problems.push(`played-segments "${segments}" is not start[.]end[,]...`);
    }
    const progress = res[VIDEO + 'progress'];
    if (progress !== undefined && !(progress >= 0 && progress <= 1)) problems.push(`progress ${progress} outside 0..1`);
    if (verb === 'http://adlnet.gov/expapi/verbs/initialized' && ctx[VIDEO + 'session-id'] !== statement.id) {
      problems.push('initialized statement: session-id is not its own id');
    }
  }
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(statement.timestamp || '')) {
    problems.push(`timestamp "${statement.timestamp}" is not RFC 3339 UTC with milliseconds`);
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(statement.id || '')) {
    problems.push(`id "${statement.id}" is not a lowercase UUID v4`);
  }
  return problems;
}

function main() {
  const args = process.argv.slice(2);
  const expectAt = args.indexOf('--expect-verbs');
  const expected = expectAt >= 0 ? args[expectAt + 1].split(',') : [];
  const input = require('fs').readFileSync(0, 'utf8');
  let statements;
  try {
    statements = readStatements(input);
  } catch (error) {
    console.error(`validate.js: input is not JSON: ${error.message}`);
    process.exit(2);
  }
  let failures = 0;
  const seen = new Set();
  statements.forEach((statement, index) => {
    const verb = statement.verb && statement.verb.id;
    seen.add((verb || '').replace(/^.*\//, ''));
    const warnings = validate(statement).map((w) => `${w.path.join('.')}: ${w.name} (${JSON.stringify(w.data)})`);
    const problems = warnings.concat(ourChecks(statement));
    if (problems.length) {
      failures += 1;
      console.error(`statement ${index} (${verb}):\n  ${problems.join('\n  ')}`);
    }
  });
  const missing = expected.filter((v) => !seen.has(v));
  if (missing.length) console.error(`validate.js: no statement with verb(s) ${missing.join(', ')}`);
  console.log(`${statements.length} statements, ${failures} invalid, verbs seen: ${[...seen].sort().join(', ')}`);
  process.exit(failures || missing.length ? 1 : 0);
}

main();
