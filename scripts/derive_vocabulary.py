#!/usr/bin/env python3
"""Derive hsimpact's general vocabulary from EuroVoc.

Reads the hand-made mapping ``vocabulary/eurovoc-map.yaml`` and the EuroVoc YamlSkos file,
and writes ``rubrics/vocabulary/eurovoc.yaml`` deterministically (sorted, stable).

Re-run from the repository root::

    python scripts/derive_vocabulary.py --eurovoc PATH          # writes if absent or unchanged
    python scripts/derive_vocabulary.py --eurovoc PATH --write  # overwrite with new content
    python scripts/derive_vocabulary.py --eurovoc PATH --check  # exit 1 if output differs

PATH is the EuroVoc YamlSkos file (EuroVoc (c) European Union, reuse authorised,
Commission Decision 2011/833/EU). Standard library + PyYAML only.
"""

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "vocabulary" / "eurovoc-map.yaml"
OUT = ROOT / "rubrics" / "vocabulary" / "eurovoc.yaml"
SNAPSHOT = (
    "EuroVoc snapshot restructured as YamlSkos, repository "
    "benoitdavidfr/themesecospheres, file eurovoc/eurovoc.yaml, commit ff00504"
)

GENERIC = {
    "security",
    "policy",
    "right",
    "rights",
    "law",
    "control",
    "protection",
    "aid",
    "health",
    "care",
    "food",
    "war",
    "peace",
    "waste",
    "vote",
    "crime",
    "victim",
    "election",
    "medicine",
    "illness",
    "noise",
    "fire",
    "flood",
    "drought",
    "welfare",
    "nutrition",
    "refugee",
    "violence",
    "pollution",
    "disease",
    "vaccine",
    "police",
}
KEEP_GENERIC = {
    "war",
    "peace",
    "waste",
    "vote",
    "crime",
    "election",
    "flood",
    "drought",
    "refugee",
    "violence",
    "pollution",
    "disease",
    "vaccine",
    "nutrition",
    "illness",
    "welfare",
    "medicine",
}
EU_WORDS = re.compile(r"\b(eu|ec|eec|community|european|europe|schengen)\b")
SHORT_OK = {"aids", "hiv"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def norm_id(x):
    return str(x)


# Nouns with a final "s" that have no singular to strip it to: "asbestos", "rabies", "eugenics".
INVARIANT = {"asbestos", "rabies", "diabetes", "herpes", "measles", "mumps", "scabies", "species", "series", "news"}


def singular(word):
    if word in INVARIANT or word.endswith("ics"):
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes", "gases")):
        return word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "sis")):
        return word[:-1]
    return word


def clean(label, fr=False):
    t = re.sub(r"\([^)]*\)", " ", label).lower()
    t = t.replace("’", "'").replace("-", " ")
    t = re.sub(r"[^\w' ]", " ", t)
    t = " ".join(t.split())
    if not t:
        return None
    if not fr:
        if EU_WORDS.search(t):
            return None
        words = t.split()
        words[-1] = singular(words[-1])
        t = " ".join(words)
        if t in GENERIC and t not in KEEP_GENERIC:
            return None
        if len(t.replace(" ", "")) < 4 and t not in SHORT_OK:
            return None
    return t


def labels(c, lang):
    out = []
    pref = (c.get("prefLabel") or {}).get(lang)
    if pref:
        out.append(pref)
    alt = (c.get("altLabel") or {}).get(lang) or []
    out.extend(alt if isinstance(alt, list) else [alt])
    return out


def mt_label(ev, c):
    names = []
    for s in c.get("inScheme", []):
        sc = ev["schemes"].get(s)
        if sc and s != 100141:
            names.append(sc["prefLabel"]["en"])
    return names[0] if names else "EuroVoc"


def derive(mapping, ev):
    concepts = {norm_id(k): v for k, v in ev["concepts"].items()}
    excluded = {norm_id(e["id"]) for e in mapping.get("exclude", [])}
    dropped = {d["term"] for d in mapping.get("drop_terms", [])}
    # One word alone ("hospital", "voter", "clinic") fires on every passing mention in a statute;
    # a single-word label is kept only when the map lists it under single_words.
    single_ok = {w["term"] for w in mapping.get("single_words", [])}
    chosen = {}  # (id, area) -> record
    depth = {}
    for entry in mapping["entries"]:
        for cid in entry["concepts"]:
            cid = norm_id(cid)
            if cid not in concepts:
                raise SystemExit(f"unknown EuroVoc concept {cid}")
            todo = [(cid, 0)]
            while todo:
                cur, d = todo.pop()
                if cur in excluded:
                    continue
                key = (cur, entry["area"])
                if key not in chosen or d < depth[key]:
                    chosen[key] = entry
                    depth[key] = d
                if entry.get("narrower"):
                    todo.extend((norm_id(n), d + 1) for n in concepts[cur].get("narrower", []) or [])
    # build records
    recs = []
    for (cid, area), entry in chosen.items():
        c = concepts[cid]
        en = c["prefLabel"]["en"]
        terms = []
        for label in labels(c, "en"):
            t = clean(label)
            if t and t not in terms and t not in dropped and (" " in t or t in single_ok):
                terms.append(t)
        fr = []
        for label in labels(c, "fr"):
            t = clean(label, fr=True)
            if t and t not in fr:
                fr.append(t)
        w = float(entry.get("weight", 1.0))
        if depth[(cid, area)] > 0:
            w = min(w, 0.8)
        rec = {
            "id": "eurovoc-" + cid.lower().replace("_", "-"),
            "_cid": cid,
            "label": en,
            "area": area,
            "valence": entry["valence"],
            "weight": round(w, 2),
            "terms": terms,
            "fr": fr,
            "source": f"EuroVoc {cid} '{en}', MT {mt_label(ev, c)}",
        }
        for k in ("near", "unless"):
            if entry.get(k):
                rec[k] = entry[k]
        recs.append(rec)
    # a shared term stays only in the more specific concept (deeper in the hierarchy,
    # i.e. fewer narrower concepts); ties: lower id keeps it
    owner = {}
    for r in recs:
        cid = r["_cid"]
        spec = (len(concepts[cid].get("narrower", []) or []), cid)
        for t in r["terms"]:
            if t not in owner or spec < owner[t][0]:
                owner[t] = (spec, cid)
    for r in recs:
        cid = r.pop("_cid")
        r["terms"] = sorted(t for t in r["terms"] if owner[t][1] == cid)
    recs = [r for r in recs if r["terms"]]
    recs.sort(key=lambda r: (r["area"], r["valence"], r["label"].lower(), r["id"]))
    return recs


HEADER = """# generated by scripts/derive_vocabulary.py from vocabulary/eurovoc-map.yaml; do not edit
# Source: EuroVoc, the EU's multilingual thesaurus (EU Publications Office).
# EuroVoc (c) European Union; reuse authorised provided the source is acknowledged
# (Commission Decision 2011/833/EU).
# Snapshot: {snap}.
"""


def render(recs):
    body = yaml.dump({"concepts": recs}, allow_unicode=True, sort_keys=False, width=100, default_flow_style=None)
    return HEADER.format(snap=SNAPSHOT) + body


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--eurovoc", required=True, help="the EuroVoc YamlSkos file")
    p.add_argument("--map", default=str(MAP))
    p.add_argument("--out", default=str(OUT))
    g = p.add_mutually_exclusive_group()
    g.add_argument("--write", action="store_true", help="overwrite output with new content")
    g.add_argument("--check", action="store_true", help="exit 1 if the committed output differs")
    a = p.parse_args(argv)
    text = render(derive(load(a.map), load(a.eurovoc)))
    out = Path(a.out)
    old = out.read_text(encoding="utf-8") if out.exists() else None
    if a.check:
        if old != text:
            print(f"{out} is out of date; re-run with --write", file=sys.stderr)
            return 1
        print(f"{out} is up to date")
        return 0
    if old is not None and old != text and not a.write:
        print(f"{out} differs from the derived vocabulary; pass --write to overwrite", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
