#!/usr/bin/env python3
"""Expected answers for upkeep's own PEP 440 test table, computed with pypa/packaging.

Usage (from the project root):
    python3 scripts/pep440-cases/gen.py > src/test/resources/dev/upkeep/versioning/pep440/cases.jsonl

Reference implementation: the modern `packaging` importable here (26.2, checked below). Note that
pip on this machine vendors packaging 21.3, whose pre-release handling in contains/filter differs
from modern packaging, so pip._vendor is never used; PyPI is not reachable, so no other version
can be installed. The inputs below are our own (versions and specifiers of a typical Python web
stack plus edge cases); only the answers come from packaging. The exhaustive check against
packaging's own test tables is the conformance test (docs/conformance/pep440.md).

packaging 26.2 still has two is_unsatisfiable gaps fixed in 26.4 (a range between a boundary and
its least successor, e.g. ">1.0a1,<1.0a2.dev0", and "<0a1" with prereleases=False); the
unsatisfiable inputs below avoid them, so every answer here is also the 26.4 answer.
"""
import itertools
import json
import sys

import packaging
from packaging.specifiers import InvalidSpecifier, Specifier, SpecifierSet
from packaging.version import InvalidVersion, Version

if tuple(int(x) for x in packaging.__version__.split(".")[:2]) < (26, 0):
    sys.exit(f"need packaging >= 26 (modern pre-release semantics), found {packaging.__version__}")

VERSIONS = [
    "1.0", "1.0.0", "v2.1", "V2.1", " 3.12.4\n", "2.1.0rc1", "2.1rc1", "2.1.0c1", "2.1.0-preview.3",
    "0.110.0", "1!0.5", "1.0.post1", "1.0-1", "1.0_r4", "1.0.rev5", "1.0.dev3", "1.0DEV", "1.0a1.dev2",
    "5.1a1", "5.1.ALPHA", "5.1b2", "5.1-beta-2", "5.1rc1", "5.1", "5.1.post2.dev1", "5.1+ubuntu1",
    "5.1+Ubuntu.2", "5.1+1", "5.1+001", "5.1+1.a", "5.1+a.1", "2.0.0.0.0", "2024.10.1", "0.0.1", "0",
    "00!01.02", "1.0a-", "1.0.post-3", "1.0-2.dev4",
    "", "latest", "1.0.", "1..0", ".1", "1.0+", "1.0+a+b", "1.0-", "1.0 beta", "x1.0", "1.0.*",
    "1.0+a_", "1!", "!1.0", "1.0alph", "1.0_", "\u0661.\u0660",
]

ORDERED = [
    "0.dev0", "0", "0.1.dev1", "0.1a1", "0.1", "1.0.dev1", "1.0a1.dev1", "1.0a1", "1.0a1.post1",
    "1.0a2", "1.0b1", "1.0rc1", "1.0", "1.0+abc", "1.0+abc.1", "1.0+1", "1.0+2", "1.0.post1.dev1",
    "1.0.post1", "1.0.1", "1.1.dev0", "1.10", "2!0.1",
]

SPECS = [
    ">=4.2,<5", "~=3.12", "~=3.12.0", "==3.12.*", "!=3.12.*", "==5.1", "==5.1.0", "==5.1+ubuntu1",
    "!=5.1", ">5.1", ">5.1a1", ">5.1.post1", ">5.1.dev1", "<5.1", "<5.1rc1", "<=5.1", ">=5.1a1",
    "==1!0.*", "===5.1", "", ">=0.100,<0.120,!=0.110.0", "~=2.1.0rc1", "<0.0.1", ">=1.0,<1.0",
    " >= 1.0 , < 2 ",
]

CONTAINS_VERSIONS = [
    "4.2", "4.2.16", "5.0", "5.0a1", "5.1.dev0", "5.1a1", "5.1rc1", "5.1", "5.1.0", "5.1+ubuntu1",
    "5.1+ubuntu2", "5.1.post1", "5.1.post2", "5.1.1", "3.12.4", "3.13.0b1", "0.110.0", "0.111.2",
    "1!0.5", "2.1.0", "garbage",
]

SPEC_TEXTS = [
    ">=1.0", "  >=  1.0  ", "<=v2", "~=1", "~=1.4.5a4", "==1.0.*", "==1.0a1.*", "!=1.*",
    "==1.0+local.7", ">=1.0+local", "===anything-goes", "===", "=>1.0", "1.0", "==", ">=1.0,",
    "<1.0.post1", "==1!2.*", "~=1.0.*", ">1.0.dev", "!=1.0-5", "== 1.0.0", "=== x y",
]

FILTERS = [
    (">=1.0", None, None, ["0.9", "1.0", "1.1a1", "1.2"]),
    (">=1.0", None, None, ["0.9", "1.1a1", "1.2b1"]),
    (">=1.0", None, True, ["0.9", "1.0", "1.1a1"]),
    (">=1.0", False, None, ["1.1a1", "1.2b1"]),
    ("", None, None, ["1.0", "2.0rc1", "not-a-version"]),
    ("", None, None, ["2.0rc1", "not-a-version"]),
    ("", None, False, ["1.0", "2.0rc1", "not-a-version"]),
    ("==1.*,!=1.3", None, None, ["1.2", "1.3", "1.3.0", "1.4.dev1", "2.0"]),
    ("===Foo", None, None, ["foo", "FOO", "1.0", "bar"]),
    ("<2", None, None, ["2.0a1", "1.9", "2.0.dev1"]),
    (">=2.0a1", None, None, ["2.0a1", "2.0b1", "1.0"]),
    ("~=1.4.5a4", None, None, ["1.4.5a4", "1.4.5", "1.4.99", "1.5.0"]),
]

UNSATISFIABLE = [
    (">=2.0,<1.0", None), (">=1.0,<2.0", None), ("==1.0,!=1.0", None), ("==1.0.*,!=1.0.*", None),
    (">1.0,<1.0.post1", None), (">=1.0,<=1.0", None), ("<1.0,>1.0", None), ("===foo,===FOO", None),
    ("===foo,===bar", None), ("===1.0,>=2.0", None), ("===1.0a1", False), (">=1.0a1,<1.0", False),
    (">=1.0a1,<=1.0", False), ("~=1.0,<1.0", None), ("==1.0+local,!=1.0", None), ("", None),
    ("<0.dev0", None), (">1.0.dev1,<1.0.dev2", None),
]

SETS = [(">=1.0,<2.0", ">=1.5,<1.8"), (">=1.5,<1.8", ">=1.0,<2.0"), (">=1", "==1.*"), ("==1.*", ">=1,<2.dev0"),
        ("<3.12", ">=3.11"), ("<3.11", ">=3.11"), ("!=1.0", "==1.0"), ("", "<1")]


def valid_version(text):
    try:
        return Version(text)
    except InvalidVersion:
        return None


def emit(record):
    print(json.dumps(record, ensure_ascii=True))


def main():
    for text in VERSIONS:
        v = valid_version(text)
        record = {"kind": "version", "input": text, "valid": v is not None}
        if v is not None:
            record.update(normalized=str(v), public=v.public, base=v.base_version, epoch=v.epoch,
                          release=list(v.release), pre=list(v.pre) if v.pre else None, post=v.post, dev=v.dev,
                          local=v.local, isPrerelease=v.is_prerelease, isPostrelease=v.is_postrelease,
                          isDevrelease=v.is_devrelease)
        emit(record)
    for a, b in itertools.combinations_with_replacement(ORDERED, 2):
        va, vb = Version(a), Version(b)
        emit({"kind": "compare", "a": a, "b": b, "expect": (va > vb) - (va < vb)})
    for text in SPEC_TEXTS:
        record = {"kind": "specifier", "input": text}
        try:
            s = Specifier(text)
            record.update(valid=True, text=str(s), operator=s.operator, version=s.version, prereleases=s.prereleases)
        except InvalidSpecifier:
            record.update(valid=False)
        emit(record)
    for spec in SPECS:
        s = SpecifierSet(spec)
        for v in CONTAINS_VERSIONS:
            emit({"kind": "contains", "spec": spec, "version": v, "expect": s.contains(v)})
    for spec, v in [(">=1.0", "2.0a1"), ("<2", "2.0.dev1"), ("", "1.0a1"), ("!=2.0", "1.5b1")]:
        for set_pre, pre, installed in itertools.product([None, True, False], [None, True, False], [None, True]):
            s = SpecifierSet(spec, prereleases=set_pre)
            emit({"kind": "contains", "spec": spec, "version": v, "setPrereleases": set_pre, "prereleases": pre,
                  "installed": installed, "expect": s.contains(v, prereleases=pre, installed=installed)})
    for spec, set_pre, pre, items in FILTERS:
        s = SpecifierSet(spec, prereleases=set_pre)
        emit({"kind": "filter", "spec": spec, "setPrereleases": set_pre, "prereleases": pre, "input": items,
              "expect": list(s.filter(items, prereleases=pre))})
    for spec, set_pre in UNSATISFIABLE:
        s = SpecifierSet(spec, prereleases=set_pre)
        emit({"kind": "unsatisfiable", "spec": spec, "setPrereleases": set_pre, "expect": s.is_unsatisfiable()})
    for a, b in SETS:
        emit({"kind": "equal", "a": a, "b": b, "expect": SpecifierSet(a) == SpecifierSet(b)})


if __name__ == "__main__":
    main()
