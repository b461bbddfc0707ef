#!/usr/bin/env node
// Reference matcher for npm: which OSV records affect the stack's resolved npm packages.
//
// Independent of upkeep: it reads the OSV zips itself and compares versions with node-semver (the
// version pinned in package.json), applying the OSV schema's evaluation rules to SEMVER and
// ECOSYSTEM ranges alike (npm's ECOSYSTEM order is semver's). Prints one line per match,
// tab-separated (see README.md):
//
//   raw     npm  <name>  <version>  <record id>
//   merged  npm  <name>  <version>  <every id and alias of the merged advisory, comma-separated>
//
// usage: node match_npm.js SCAN_JSON OSV_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const semver = require('semver');

const ECOSYSTEM = 'npm';

// Node has no zip reader: walk the central directory (no zip64; the OSV zips are small).
function* zipEntries(file) {
  const buf = fs.readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error(`${file}: zip64 is not supported here`);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: damaged central directory`);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    at += 46 + nameLen + extraLen + commentLen;
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    if (method !== 0 && method !== 8) throw new Error(`${file}: ${name}: compression method ${method}`);
    yield [name, method === 8 ? zlib.inflateRawSync(raw) : raw];
  }
}

function loadRecords(osvDir) {
  const records = new Map();
  const zips = fs.readdirSync(osvDir).filter((f) => f.endsWith('.zip')).sort();
  for (const z of zips) {
    for (const [name, bytes] of zipEntries(path.join(osvDir, z))) {
      if (!name.endsWith('.json')) continue;
      let r;
      try {
        r = JSON.parse(bytes.toString('utf8'));
      } catch {
        continue;
      }
      const old = records.get(r.id);
      if (r.id && (!old || Date.parse(r.modified) > Date.parse(old.modified))) records.set(r.id, r);
    }
  }
  return records;
}

// npm names are matched without regard to case, as upkeep does: a copy of GHSA-8hc4-vh64-cxmj
// spells the package "Axios". Matches that need this are reported on stderr.
const folded = [];
function affectedEntries(record, name) {
  return (record.affected || []).filter((a) => {
    const pkg = a.package || {};
    if ((pkg.ecosystem || '').split(':')[0] !== ECOSYSTEM || (pkg.name || '').toLowerCase() !== name.toLowerCase()) return false;
    if (pkg.name !== name) folded.push(`${record.id} names "${pkg.name}" for ${name}`);
    return true;
  });
}

// The OSV schema's IncludedInRanges for one range, versions ordered by semver precedence.
function inRange(v, range) {
  const events = range.events || [];
  const limits = events.filter((e) => 'limit' in e).map((e) => e.limit);
  if (limits.length && !limits.some((l) => l.includes('*') || (semver.valid(l) && semver.lt(v, l)))) return false;
  const timeline = [];
  for (const e of events) {
    const [kind, at] = Object.entries(e)[0];
    if (kind === 'limit') continue;
    if (kind === 'introduced' && at === '0') timeline.push({ kind, at: null });
    else if (semver.valid(at)) timeline.push({ kind, at }); // a bound that is not semver cannot be compared
  }
  timeline.sort((a, b) => (a.at === null ? (b.at === null ? 0 : -1) : b.at === null ? 1 : semver.compare(a.at, b.at)));
  let vulnerable = false;
  for (const { kind, at } of timeline) {
    if (kind === 'introduced' && (at === null || semver.gte(v, at))) vulnerable = true;
    else if (kind === 'fixed' && semver.gte(v, at)) vulnerable = false;
    else if (kind === 'last_affected' && semver.gt(v, at)) vulnerable = false;
  }
  return vulnerable;
}

function affects(record, name, version) {
  const v = semver.valid(version);
  return affectedEntries(record, name).some((a) => (a.versions || []).includes(version)
    || (v !== null && (a.ranges || []).some((r) => (r.type === 'SEMVER' || r.type === 'ECOSYSTEM') && inRange(v, r))));
}

// Records sharing any id or alias are one advisory: union-find over ids.
function mergedGroups(records) {
  const parent = new Map();
  const find = (x) => {
    if (!parent.has(x)) parent.set(x, x);
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)));
      x = parent.get(x);
    }
    return x;
  };
  for (const r of records) for (const a of r.aliases || []) parent.set(find(a), find(r.id));
  const groups = new Map();
  for (const r of records) {
    const root = find(r.id);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(r);
  }
  return [...groups.values()];
}

function main(scanJson, osvDir) {
  const scan = JSON.parse(fs.readFileSync(scanJson, 'utf8'));
  const records = [...loadRecords(osvDir).values()].filter((r) => !r.withdrawn);
  const byName = new Map();
  for (const r of records) {
    for (const a of r.affected || []) {
      const pkg = a.package || {};
      if ((pkg.ecosystem || '').split(':')[0] !== ECOSYSTEM) continue;
      const key = (pkg.name || '').toLowerCase();
      if (!byName.has(key)) byName.set(key, new Map());
      byName.get(key).set(r.id, r);
    }
  }
  const seen = new Set();
  const out = [];
  for (const c of scan.components) {
    if (c.ecosystem !== 'npm' || c.kind !== 'package' || !c.version) continue;
    const key = `${c.name}@${c.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const naming = [...(byName.get(c.name.toLowerCase()) || new Map()).values()];
    for (const group of mergedGroups(naming)) {
      const hits = group.filter((r) => affects(r, c.name, c.version)).map((r) => r.id).sort();
      for (const id of hits) out.push(`raw\tnpm\t${c.name}\t${c.version}\t${id}`);
      if (hits.length) {
        const ids = [...new Set(group.flatMap((r) => [r.id, ...(r.aliases || [])]))].sort();
        out.push(`merged\tnpm\t${c.name}\t${c.version}\t${ids.join(',')}`);
      }
    }
  }
  process.stdout.write(out.map((l) => l + '\n').join(''));
  for (const f of new Set(folded)) process.stderr.write(`match_npm.js: case-folded name: ${f}\n`);
  process.stderr.write(`match_npm.js: semver ${require('semver/package.json').version}, ${records.length} records, ${seen.size} npm packages\n`);
}

if (process.argv.length !== 4) {
  process.stderr.write('usage: node match_npm.js SCAN_JSON OSV_DIR\n');
  process.exit(2);
}
main(process.argv[2], process.argv[3]);
