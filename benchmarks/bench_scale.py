"""Whole-corpus speed side by side with grep, the rubric-size curve, memory and startup.

Run: python benchmarks/bench_scale.py [--sizes 100,1000] [--with-10000] [--jobs N]
Prints figures; asserts nothing. Targets (issue 7): 1,000 bills within 5x of grep's time;
10x the bills at most 11x the time; 10x the rubric terms at most 1.5x the time; peak RSS
under 200 MB for 10,000 bills; one example within 3x of `python -c "import yaml"`.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import write_corpus  # noqa: E402

EXAMPLE = ROOT / "examples" / "school-meals-2026.yaml"
HSIMPACT = [sys.executable, "-m", "hsimpact"]


def timed(cmd: list[str], env: dict | None = None, stdout=subprocess.DEVNULL) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB (largest single process, via /usr/bin/time) and stderr."""
    wrapper = ["/usr/bin/time", "-f", "@@maxrss %M"] if Path("/usr/bin/time").exists() else []
    start = time.perf_counter()
    done = subprocess.run(
        wrapper + cmd, stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-2000:]}")
    rss = re.search(r"@@maxrss (\d+)", done.stderr)
    return seconds, int(rss.group(1)) / 1024 if rss else float("nan"), done.stderr


def rubric_terms(rubrics: Path) -> list[str]:
    """The active rubric's indicator and context terms, wildcards stripped, as grep -F wants."""
    from hsimpact.rubric import load_rubric_set

    terms = set()
    for area in load_rubric_set(rubrics).areas:
        for indicator in area.indicators:
            phrases = list(indicator.terms)
            for ctx in (indicator.near, *indicator.unless_contexts):
                phrases += ctx.terms if ctx else []
            terms.update(" ".join(p.replace("*", "").split()).lower() for p in phrases)
    return sorted(terms)


def extract_texts(corpus: Path, out: Path) -> int:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with out.open("w", encoding="utf-8") as handle:
        for path in sorted(corpus.glob("*.yaml")):
            for provision in yaml.load(path.read_text(encoding="utf-8"), Loader=loader)["provisions"]:
                handle.write(provision["text"] + "\n")
    return out.stat().st_size


def big_rubric(source: Path, target: Path, factor: int = 10) -> None:
    """A copy of ``source`` with generated indicators until it has ``factor`` times the terms."""
    shutil.copytree(source, target)
    rng = random.Random(7)
    syllables = ["ka", "lo", "mir", "ven", "tas", "quo", "rel", "dun", "sei", "pra", "zol", "bex"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))

    from hsimpact.yamlsource import load_yaml  # YAML 1.2 scalars: a 'yes:' key stays a string

    manifest = load_yaml(target / "rubric-set.yaml").data
    for rel in manifest["areas"]:
        path = target / rel
        area = load_yaml(path).data
        have = sum(len(i["terms"]) for i in area["indicators"])
        extra = []
        for n in range(((factor - 1) * have) // 5 + 1):
            terms = []
            for _ in range(5):
                phrase = " ".join(word() for _ in range(rng.randint(1, 3)))
                terms.append(phrase + ("*" if rng.random() < 0.2 else ""))
            extra.append(
                {
                    "id": f"generated-{n}",
                    "label": f"Generated indicator {n}",
                    "direction": rng.choice(["positive", "negative"]),
                    "terms": terms,
                    "rationale": "Generated for the rubric-size benchmark.",
                }
            )
        area["indicators"].extend(extra)
        path.write_text(yaml.safe_dump(area, sort_keys=False, allow_unicode=True), encoding="utf-8")


def phases(stderr: str) -> str:
    found = re.search(r"time in (.*) \(summed", stderr)
    return found.group(1) if found else "(no HSIMPACT_PROFILE line)"


def run_size(corpus: Path, rubrics: Path, terms: Path, work: Path, jobs: int | None) -> dict:
    texts = work / f"{corpus.name}.txt"
    size = extract_texts(corpus, texts)
    grep = ["grep", "-o", "-F", "-i", "-f", str(terms), str(texts)]
    env = {**os.environ, "LC_ALL": "C"}
    # output to a pipe: GNU grep stops at the first match when it writes to /dev/null
    grep_s = min(timed(grep, env=env, stdout=subprocess.PIPE)[0] for _ in range(3))
    out = work / f"out-{corpus.name}-{rubrics.name}"
    cmd = [*HSIMPACT, "assess", str(corpus), "--rubrics", str(rubrics), "--format", "json"]
    cmd += ["--out-dir", str(out), "--force"] + (["--jobs", str(jobs)] if jobs else [])
    seconds, rss, stderr = timed(cmd, env={**os.environ, "HSIMPACT_PROFILE": "1"})
    bills = len(list(corpus.glob("*.yaml")))
    written = len(list(out.glob("*.json")))
    shutil.rmtree(out)
    print(
        f"{bills:>6} bills {size / 1e6:7.1f} MB | grep {grep_s:7.3f} s {size / 1e6 / grep_s:7.1f} MB/s | "
        f"hsimpact {seconds:7.2f} s {size / 1e6 / seconds:5.1f} MB/s  peak RSS {rss:5.0f} MB | "
        f"ratio {seconds / grep_s:6.1f}x  ({written} written)"
    )
    print(f"       hsimpact split: {phases(stderr)}")
    return {"bills": bills, "seconds": seconds, "grep": grep_s, "rss": rss}


def startup(runs: int = 7) -> None:
    def median(cmd: list[str]) -> float:
        return statistics.median(timed(cmd)[0] for _ in range(runs))

    base = median([sys.executable, "-c", "import yaml"])
    one = median([*HSIMPACT, "assess", str(EXAMPLE), "--format", "json"])
    print(
        f"startup: python -c 'import yaml' {base:.3f} s; hsimpact assess example --format json {one:.3f} s; "
        f"ratio {one / base:.1f}x (target <= 3x)"
    )


def floors(corpus: Path, texts: Path, grep_s: float, jobs: int) -> None:
    """What any pure-Python engine on this stack must spend before it does any assessing.

    Parsing the bills with PyYAML's C loader and tokenising their text with CPython's ``re``
    (hsimpact's own token pattern, nothing done per word), on all cores; and importing the
    stack's libraries. If these alone use up a target, the target needs compiled code or a
    different stack, not a better algorithm.
    """
    from hsimpact.text import _TOKEN

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    start = time.process_time()
    for path in sorted(corpus.glob("*.yaml")):
        yaml.load(path.read_bytes(), Loader=loader)
    parse = time.process_time() - start
    text = texts.read_text(encoding="utf-8")
    start = time.process_time()
    for line in text.splitlines():
        _TOKEN.findall(line.lower())
    tokenise = time.process_time() - start
    budget = 5 * grep_s
    for label, cpu_s in (
        (f"YAML parse alone ({loader.__name__})", parse),
        ("tokenising alone (CPython re)", tokenise),
        ("the two together", parse + tokenise),
    ):
        wall = cpu_s / jobs
        print(
            f"floor: {label} {cpu_s:.2f} CPU s = {wall:.2f} s on {jobs} cores = {wall / grep_s:.1f}x grep, "
            f"{wall / budget:.0%} of the 5x budget ({budget:.2f} s)"
        )

    def cpu(code: str, runs: int = 9) -> float:
        import resource  # POSIX only, like grep and /usr/bin/time above

        def once() -> float:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-c", code], check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

        return statistics.median(once() for _ in range(runs))

    base = cpu("import yaml")
    for label, code in (
        ("import pydantic (with BaseModel)", "import pydantic; pydantic.BaseModel"),
        ("import typer", "import typer"),
        ("import typer, pydantic, yaml", "import typer, yaml, pydantic; pydantic.BaseModel"),
    ):
        seconds = cpu(code)
        print(f"floor: {label} {seconds:.3f} CPU s = {seconds / base:.1f}x 'import yaml' ({base:.3f} s; target 3x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes (default: 100,1000)")
    parser.add_argument("--with-10000", action="store_true", help="also 10,000 bills (~4 min more)")
    parser.add_argument("--jobs", type=int, default=None, help="hsimpact --jobs (default: all cores)")
    parser.add_argument("--work", type=Path, default=None, help="keep corpora here (default: a temp folder)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] + ([10_000] if args.with_10000 else [])
    work = args.work or Path(tempfile.mkdtemp(prefix="hsimpact-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rubrics = work / "rubrics"
    if not rubrics.exists():
        shutil.copytree(ROOT / "rubrics", rubrics)
    big = work / "rubrics-10x"
    if not big.exists():
        big_rubric(rubrics, big)
    terms, big_terms = work / "terms.txt", work / "terms-10x.txt"
    terms.write_text("\n".join(rubric_terms(rubrics)) + "\n", encoding="utf-8")
    big_terms.write_text("\n".join(rubric_terms(big)) + "\n", encoding="utf-8")
    n_terms, n_big = (len(p.read_text().splitlines()) for p in (terms, big_terms))
    print(f"cores {os.cpu_count()}, jobs {args.jobs or os.cpu_count()}; rubric terms {n_terms}, 10x rubric {n_big}")
    startup()
    results = {}
    for size in sizes:
        corpus = work / f"corpus-{size}"
        if not corpus.exists():
            write_corpus(corpus, size)
        results[size] = run_size(corpus, rubrics, terms, work, args.jobs)
    for small, large in pairwise(sizes):
        growth = results[large]["seconds"] / results[small]["seconds"]
        print(
            f"corpus {small} -> {large} bills: time x{growth:.1f} for x{large // small} bills (target <= 11x per 10x)"
        )
    middle = 1000 if 1000 in sizes else sizes[-1]
    jobs = args.jobs or os.cpu_count() or 1
    floors(work / f"corpus-{middle}", work / f"corpus-{middle}.txt", results[middle]["grep"], jobs)
    print(f"rubric-size curve on {middle} bills ({n_big / n_terms:.1f}x the terms):")
    wide = run_size(work / f"corpus-{middle}", big, big_terms, work, args.jobs)
    print(
        f"rubric {n_terms} -> {n_big} terms: time x{wide['seconds'] / results[middle]['seconds']:.2f} (target <= 1.5x)"
    )
    if args.work is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
