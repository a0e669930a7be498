#!/usr/bin/env node
// A loopback HTTP proxy for upload tests that sits between the uploader and
// the test LRS and misbehaves on purpose.
//   --mode faults        fail requests at random (seeded): 500, 429 with
//                        Retry-After (seconds or HTTP date), dropped connections,
//                        stalls and "200 with an HTML page" (a captive portal or
//                        a proxy's error page: a 2xx that proves nothing), each
//                        either before or after the LRS got the request (the
//                        "after" cases are the ones that tempt an uploader into
//                        duplicates, the "html-before" one into marking
//                        statements sent that the LRS never saw); never more than
//                        3 faults in a row; after --max-faults faults it only forwards.
//   --mode unauthorized  answers every request 401 (an LRS refusing the password).
// Fake endpoints that forward nothing (--target is not used), answering every
// POST with a 2xx or 409 that proves no delivery, and GETs as they would:
//   --mode captive-portal  200 and an HTML login page, to POSTs and GETs alike.
//   --mode empty-200       200 with an empty body.
//   --mode foreign-json    200 and {"ok":true}.
//   --mode other-ids       200 and a list of as many ids as were posted, none of them posted.
//   --mode conflict-all    409 to every POST; 404 to GETs (it holds nothing).
// It listens on 127.0.0.1 only, and exits by itself after --max-seconds or
// once it has answered --max-requests requests.
// Usage: fault-proxy.js --listen PORT --target PORT [--mode MODE]
//          [--seed N] [--fault-rate 0.4] [--max-faults 40] [--max-seconds 120]
//          [--max-requests 2000] [--stats FILE]
'use strict';
const http = require('http');
const fs = require('fs');

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}
const listenPort = Number(option('listen', 0));
const targetPort = Number(option('target', 0));
const mode = option('mode', 'faults');
const faultRate = Number(option('fault-rate', 0.4));
const maxFaults = Number(option('max-faults', 40));
const maxSeconds = Number(option('max-seconds', 120));
const maxRequests = Number(option('max-requests', 2000));
const statsFile = option('stats', '');
let seed = Number(option('seed', 1)) >>> 0 || 1;

// xorshift32: reproducible faults for a given seed.
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}

const KINDS = ['500-before', '500-after', '429-seconds', '429-date', 'drop-before', 'drop-after',
               'stall-before', 'stall-after', 'html-before', 'html-after'];
const PORTAL_PAGE = '<!DOCTYPE html>\n<html><head><title>School Wi-Fi</title></head>\n' +
  '<body><form action="/login">Please log in to use the school network</form></body></html>\n';
const stats = { requests: 0, forwarded: 0, faults: 0 };
KINDS.forEach((k) => { stats[k] = 0; });
let faultsInARow = 0;

function saveStats() {
  if (statsFile) fs.writeFileSync(statsFile, JSON.stringify(stats));
}

function forward(req, body, done) {
  const upstream = http.request(
    { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers },
    (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done(null, res, Buffer.concat(chunks)));
    });
  upstream.on('error', (error) => done(error));
  upstream.end(body);
}

function reply(res, status, headers, body) {
  res.writeHead(status, headers);
  res.end(body);
}

function pass(req, res, body) {
  forward(req, body, (error, upstream, upstreamBody) => {
    if (error) return reply(res, 502, {}, `proxy: ${error.message}`);
    const headers = { ...upstream.headers };
    delete headers['transfer-encoding'];
    headers['content-length'] = upstreamBody.length;
    reply(res, upstream.statusCode, headers, upstreamBody);
  });
}

// A made-up v4 UUID (not any statement's id).
function foreignId(n) {
  const hex = (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
  return `${hex}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

// The fixed answer of a fake endpoint, or undefined in the proxy modes.
function fakeAnswer(req, body) {
  const post = req.method === 'POST';
  switch (mode) {
    case 'captive-portal':
      return [200, { 'content-type': 'text/html' }, PORTAL_PAGE];
    case 'empty-200':
      return [200, {}, ''];
    case 'foreign-json':
      return [200, { 'content-type': 'application/json' }, '{"ok":true}'];
    case 'other-ids': {
      if (!post) return [404, { 'content-type': 'application/json' }, '{"message":"not found"}'];
      let count = 1;
      try { count = [].concat(JSON.parse(body.toString())).length; } catch (e) { /* not JSON: one id */ }
      const ids = Array.from({ length: count }, (_, i) => foreignId(stats.requests * 1000 + i));
      return [200, { 'content-type': 'application/json' }, JSON.stringify(ids)];
    }
    case 'conflict-all':
      return post ? [409, { 'content-type': 'application/json' }, '{"message":"Conflict"}']
                  : [404, { 'content-type': 'application/json' }, '{"message":"No statement found"}'];
    default:
      return undefined;
  }
}

function inject(kind, req, res, body) {
  const [what, when] = kind.split('-');
  const act = () => {
    if (what === '500') return reply(res, 500, { 'content-type': 'application/json' }, '{"message":"injected"}');
    if (what === '429') {
      const retry = when === 'seconds' ? '1' : new Date(Date.now() + 1000).toUTCString();
      return reply(res, 429, { 'retry-after': retry }, 'slow down');
    }
    if (what === 'html') return reply(res, 200, { 'content-type': 'text/html' }, PORTAL_PAGE);
    if (what === 'drop') return req.socket.destroy();
    // stall: answer nothing; the client's own timeout has to notice.
    return undefined;
  };
  if (when === 'after') {
    forward(req, body, () => act());
  } else {
    act();
  }
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    stats.requests += 1;
    // Decide and count first, and save before answering: a test reading the
    // stats right after its request has been answered sees that request.
    let action;
    const fake = fakeAnswer(req, body);
    if (fake) {
      stats.faults += 1;
      action = () => reply(res, ...fake);
    } else if (mode === 'unauthorized') {
      action = () => reply(res, 401, { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="LRS"' },
                           '{"message":"Unauthorised"}');
    } else if (req.method === 'POST' && stats.faults < maxFaults && faultsInARow < 3 && random() < faultRate) {
      const kind = KINDS[Math.floor(random() * KINDS.length)];
      stats.faults += 1;
      stats[kind] += 1;
      faultsInARow += 1;
      if (kind.endsWith('-after')) stats.forwarded += 1;
      action = () => inject(kind, req, res, body);
    } else {
      faultsInARow = 0;
      stats.forwarded += 1;
      action = () => pass(req, res, body);
    }
    saveStats();
    action();
    if (stats.requests >= maxRequests) {
      server.close();
      setTimeout(() => process.exit(0), 1000).unref();
    }
  });
});

server.listen(listenPort, '127.0.0.1', () => {
  saveStats();
  console.log(`listening ${server.address().port}`);
});
setTimeout(() => process.exit(0), maxSeconds * 1000).unref();
