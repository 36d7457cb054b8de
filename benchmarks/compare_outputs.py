"""Fingerprint what users see (seeds briefing, batch outputs, eval summaries) to prove a
refactoring changed no output byte.

    python benchmarks/compare_outputs.py --save /tmp/before.json     # on the old code
    python benchmarks/compare_outputs.py --against /tmp/before.json  # on the new code

Each entry is the SHA-256 of one output; `--against` lists the entries that differ and
exits 1 if any does. The evaluation clusters are read from ../shared/eval at run time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
EVAL_SETS = {
    "multinews": (EVAL / "multinews_val250" / "clusters.jsonl", 250),
    "duc_main": (EVAL / "duc2007_main_pyr23" / "clusters.jsonl", 250),
    "duc_update": (EVAL / "duc2007_update" / "clusters.jsonl", 100),
}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _run(args: list[str], cwd: Path) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "summarize", *args], cwd=cwd, capture_output=True, check=False
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"summarize {' '.join(args)} failed:\n{done.stderr.decode()}")
    return done.stdout


def fingerprint(limit: int) -> dict[str, str]:
    prints: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for fmt in ("md", "json"):
            out = work / f"seeds.{fmt}"
            _run(["brief", "seeds/", "-q", "-f", fmt, "-o", str(out)], ROOT)
            prints[f"seeds.{fmt}"] = _digest(out.read_bytes())
        out = work / "seeds_s3.md"
        _run(["brief", "seeds/", "-q", "--sentences", "3", "-o", str(out)], ROOT)
        prints["seeds_sentences3.md"] = _digest(out.read_bytes())

        # Batch: three sets made from the seeds (whole, first three, last two articles).
        seeds = sorted((ROOT / "seeds").iterdir())
        sets = {"all": seeds, "first": seeds[:3], "last": seeds[-2:]}
        for name, files in sets.items():
            folder = work / "in" / name
            folder.mkdir(parents=True)
            for file in files:
                shutil.copy(file, folder / file.name)
        _run(["batch", str(work / "in"), "-o", str(work / "out"), "-f", "both", "-q"], ROOT)
        for file in sorted((work / "out").iterdir()):
            if file.suffix in (".md", ".json"):
                # Sources name their path: take the temporary folder out of it.
                data = file.read_bytes().replace(str(work).encode(), b"<tmp>")
                prints[f"batch/{file.name}"] = _digest(data)

        for name, (data, words) in EVAL_SETS.items():
            if not data.exists():
                continue
            pred = work / f"{name}.jsonl"
            _run(
                [
                    "eval",
                    str(data),
                    "--words",
                    str(words),
                    "--limit",
                    str(limit),
                    "--out",
                    str(pred),
                ],
                ROOT,
            )
            for line in pred.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                prints[f"eval/{name}/{record['id']}"] = _digest(record["summary"].encode("utf-8"))
    return prints


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write the fingerprint here")
    parser.add_argument("--against", type=Path, help="compare with a saved fingerprint")
    parser.add_argument("--limit", type=int, default=40, help="clusters per evaluation set")
    args = parser.parse_args()
    prints = fingerprint(args.limit)
    if args.save:
        args.save.write_text(json.dumps(prints, indent=1, sort_keys=True), encoding="utf-8")
        print(f"{len(prints)} outputs fingerprinted -> {args.save}")
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        changed = sorted(k for k in before.keys() | prints.keys() if before.get(k) != prints.get(k))
        same = len(before.keys() & prints.keys()) - len(set(changed) & before.keys())
        print(f"{same} outputs identical, {len(changed)} differ")
        for key in changed:
            print(f"  differs: {key}")
        raise SystemExit(1 if changed else 0)


if __name__ == "__main__":
    main()
