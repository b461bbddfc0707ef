#!/usr/bin/env node
// Generates upkeep's npm semver case table from the reference implementation (node-semver, the
// version pinned in package.json). Every answer in the table is node-semver's own.
//
//   npm ci && node generate.js            -> ../../src/test/resources/dev/upkeep/versioning/npm/semver-cases.jsonl
//   node generate.js --fuzz 20000 OUT     -> random inputs, for a local differential run (not committed)
//
// Each line is a JSON array: [kind, flags, ...inputs, expected]; flags: l = loose,
// p = includePrerelease, r = right-to-left (coerce). "throws" marks an exception in node.
'use strict'
const fs = require('fs')
const path = require('path')
const semver = require('semver')

const VERSIONS = [
  '0.0.0', '0.0.0-0', '0.0.1', '0.1.0', '0.1.2', '0.2.5', '1.0.0', '1.0.0-alpha', '1.0.0-0',
  '1.2.2', '1.2.3', '1.2.4', '1.3.0', '1.9.9', '1.10.0', '2.0.0', '2.0.0-0', '2.0.0-rc.1',
  '2.3.4', '3.0.0', '10.0.0', '1.2.3-0', '1.2.3-alpha', '1.2.3-alpha.1', '1.2.3-alpha.beta',
  '1.2.3-beta.2', '1.2.3-beta.11', '1.2.3-rc.1', '1.2.4-beta.1', '1.3.0-pre', '1.0.0-x.7.z.92',
  '1.2.3+build.5', '1.2.3-alpha+build', '1.2.3+1.0', '1.2.3+01', '0.0.0-foo',
  'v1.2.3', '=1.2.3', ' 1.2.3 ', '=v1.2.3', 'vv1.2.3', 'v 1.2.3', '\u00a01.2.3\u3000',
  '1.2.3-01', '01.2.3', '1.02.3', '1.2.03', '1.2.3beta', '1.2.3-beta-1', '1.2.34.5', '1.2.3-',
  '1.2.3--', '1.2.3-.a', '1.2.3-a..b', '1.2.3+', '1.2.3+a..b', '1.2.3-a_b', '1.2.3.4',
  '9007199254740991.0.0', '9007199254740992.0.0', '1.2.3-9007199254740990',
  '1.2.3-9007199254740991', '1.2.3-9007199254740992', '1.2.3-9007199254740993',
  '1.2', '1', 'x', '', 'not a version', '1.2.3 4', 'V1.2.3',
]

const RANGES = [
  '', '*', 'x', 'X', 'x.x', '*.*.*', '1', '1.x', '1.2', '1.2.x', '1.2.3', '=1.2.3', 'v1.2.3',
  '>1', '>1.2', '>1.2.3', '>=1', '>=1.2', '>=1.2.3', '<1', '<1.2', '<1.2.3', '<=1', '<=1.2',
  '<=1.2.3', '>x', '<x', '>=x', '<=*', '>*', '>=*', '=*', '<0.0.0-0', '>=0.0.0', '>=0.0.0-0',
  '^1.2.3', '^1.2', '^1', '^0.2.3', '^0.0.3', '^0.0', '^0', '^0.0.x', '^0.x', '^x', '^*',
  '^1.2.3-beta.2', '^0.0.1-beta', '^1.2.3+build', '^ 1.2.3', '^01.2.3', '^00.1.2',
  '~1.2.3', '~1.2', '~1', '~0.2.3', '~0', '~1.2.3-beta.2', '~>1.2.3', '~> 1.2', '~ 1.2.3', '~x',
  '1.2.3 - 2.3.4', '1.2 - 2.3.4', '1.2.3 - 2.3', '1.2.3 - 2', '1.2.3-beta - 2.3.4-rc',
  '1.2.3+b - 2.3.4+b', 'x - 2', '1 - x', '1.2.3 -2.3.4', 'v1.2.3 - v2.3.4', '= 1.2.3 - 2.3.4',
  '>= 1.2.3', '> 1.2.3 < 2', '>=1.2.3 <2.0.0', '>=1.2.3 <2.0.0-0', '>1.2.3 <=1.2.3',
  '1.2.3 || 2.x', '1.2.3 ||', '|| 1.2.3', '<0.0.0-0 || 1', '<1 || >2', '* || 1.2.3',
  '^1.2.3 || ~2.0.0 || >=3.0.0-beta <3.1.0', '1.2.x || 2.0.0-rc.1',
  '>=1.2.3-pre <1.2.4', '<1.2.3-0', '<=1.2.3-beta', '>1.2.3-alpha', '1.2.3-alpha',
  '1.*.3', 'x.1', '1.x.2', '*.1', '>=1.2.x-beta', '1.2.x3', '>= =1.2.3', '< = 1', '> > 1',
  '=1.2.3 1.2.3', '1.2.3 1.2.4', '>=1.2.3 >=1.2.3', '1.2.3pre', '1.2.3-pre+asdf - 2.4.3pre+asdf',
  '>01.02.03', '>=1.2.3 garbage', 'garbage', '>', '1.2.3 >', '^1.2.3 ^ 1.2', '\t1.2.3\n',
  '>=9007199254740991.0.0', '^9007199254740991.0.0', '^9007199254740990', '~1.9007199254740991',
  '>=1.2.3 <2 || <0.0.0-0', '>=1 <1', '1.2.34.5', '<=1.2.3 >=1.2.3', '>2 <1 || 1',
]

const OPTIONS = {'': {}, l: {loose: true}, p: {includePrerelease: true}, lp: {loose: true, includePrerelease: true}}

const attempt = f => { try { return f() } catch (e) { return 'throws' } }
const str = v => (v === null || v === 'throws' || typeof v === 'string') ? v : v.version

// full: every kind for every option set; otherwise a smaller table fit to commit (the range
// questions for a sample of versions, relations between every third range).
function generate (versions, ranges, out, full) {
  const sample = full ? versions : versions.filter((v, i) => i % 4 === 0)
  const lines = []
  const add = (...xs) => lines.push(JSON.stringify(xs))
  for (const [flags, o] of Object.entries(OPTIONS)) {
    const valid = versions.filter(v => semver.valid(v, o) !== null)
    for (const v of versions) add('valid', flags, v, semver.valid(v, o))
    if (full || !flags.includes('p')) {
      for (const a of valid) {
        for (const b of valid) {
          if (full || flags === '' || sample.includes(a)) add('compare', flags, a, b, semver.compare(a, b, o))
        }
      }
    }
    for (const r of ranges) {
      add('validRange', flags, r, semver.validRange(r, o))
      add('minVersion', flags, r, attempt(() => str(semver.minVersion(r, o))))
      add('maxSatisfying', flags, r, semver.maxSatisfying(versions, r, o))
      for (const v of sample) add('satisfies', flags, r, v, semver.satisfies(v, r, o))
      if (full || flags === '') {
        for (const v of valid.filter(v => sample.includes(v))) {
          add('gtr', flags, v, r, attempt(() => semver.gtr(v, r, o)))
          add('ltr', flags, v, r, attempt(() => semver.ltr(v, r, o)))
        }
      }
    }
    if (full || flags === '' || flags === 'p') {
      const few = ranges.filter((r, i) => i % (full ? 3 : 4) === 0 && semver.validRange(r, o) !== null)
      for (const a of few) {
        for (const b of few) {
          add('intersects', flags, a, b, attempt(() => semver.intersects(a, b, o)))
          add('subset', flags, a, b, attempt(() => semver.subset(a, b, o)))
        }
      }
    }
    for (const v of sample) {
      for (const release of ['major', 'premajor', 'minor', 'preminor', 'patch', 'prepatch', 'prerelease', 'release', 'pre']) {
        for (const [id, base] of [[undefined, undefined], ['beta', undefined], ['beta', '1'], ['beta', false], ['alpha.1', '0']]) {
          add('inc', flags, v, release, id === undefined ? null : id, base === undefined ? null : String(base),
            semver.inc(v, release, o, id, base))
        }
      }
      add('clean', flags, v, semver.clean(v, o))
      add('prerelease', flags, v, semver.prerelease(v, o))
      for (const t of ['major', 'minor', 'patch', 'prerelease', 'release']) add('truncate', flags, v, t, semver.truncate(v, t, o))
    }
  }
  const validStrict = versions.filter(v => semver.valid(v) !== null && (full || sample.includes(v) || v.includes('+')))
  for (const a of validStrict) {
    for (const b of validStrict) {
      add('compareBuild', '', a, b, semver.compareBuild(a, b))
      add('diff', '', a, b, attempt(() => semver.diff(a, b)))
    }
  }
  const coerceInputs = versions.concat(['v2', '1.2.3.4', 'a1b2c3', '1.2.3.4.5.6', '12345678901234567.1', 'version 3.1-rc.1+b',
    '1.2.3-rc.01', '1.2.3-beta.01+b', '2.0-beta+x', '1.2.3.4-rc.5', 'x1.2y3.4z', '0001.2', '1.2.3-'])
  for (const input of coerceInputs) {
    for (const flags of ['', 'p', 'r', 'pr']) {
      const o = {includePrerelease: flags.includes('p'), rtl: flags.includes('r')}
      const c = semver.coerce(input, o)
      add('coerce', flags, input, c === null ? null : c.version + (c.build.length ? '+' + c.build.join('.') : ''))
    }
  }
  fs.mkdirSync(path.dirname(out), {recursive: true})
  fs.writeFileSync(out, lines.join('\n') + '\n')
  console.log(`${lines.length} cases from semver@${require('semver/package.json').version} -> ${out}`)
}

function fuzz (n) {
  // Random text from range-ish pieces, to compare odd inputs between node and upkeep.
  const pieces = ['1', '2', '0', '01', '3', '.', '.', 'x', '*', '^', '~', '~>', '>', '<', '=', '>=', '<=', '-', ' ', ' ',
    ' - ', '||', 'v', '+b', '-beta', 'pre', '.1', '9007199254740991', 'X', '\t', 'a']
  const pick = () => pieces[Math.floor(Math.random() * pieces.length)]
  const make = () => Array.from({length: 1 + Math.floor(Math.random() * 8)}, pick).join('')
  const ranges = Array.from({length: n}, make)
  const versions = Array.from({length: Math.max(40, n / 50)}, make).concat(VERSIONS)
  return {ranges, versions}
}

const args = process.argv.slice(2)
if (args[0] === '--fuzz') {
  const {ranges, versions} = fuzz(Number(args[1] || 2000))
  generate(versions.slice(0, 60), ranges, args[2] || '/tmp/semver-fuzz.jsonl', true)
} else {
  generate(VERSIONS, RANGES, path.join(__dirname, '../../src/test/resources/dev/upkeep/versioning/npm/semver-cases.jsonl'), false)
}
