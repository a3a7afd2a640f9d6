"""BibTeX export time: the whole corpus and 10,000 synthetic papers (goal: under
2 s), next to bibtexparser 1.4 writing the same entries itself; then a fresh
export against a re-export onto the .bib it wrote (goal: at most 1.5x), in
memory and through ``zoterodigest export`` itself (digests read, cache, state).

Metadata is attached in memory (as enrichment would from a warm cache), so
this times the export itself: identity merge, citation keys, escaping, entry
building and writing.

    python bench/bench_export.py
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import bibtexparser
from bibtexparser.bibdatabase import BibDatabase
from bibtexparser.bwriter import BibTexWriter

from zoterodigest.bibtex import Options, export_bib
from zoterodigest.digest import read_digest
from zoterodigest.model import ArxivRecord, Paper, Venue

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
WORDS = ["diffusion", "transformer", "video", "world", "model", "image", "generation", "reasoning", "policy", "robot", "sparse", "attention", "3D", "Gaussian", "NeRF", "CLIP", "GFlowNet", "scaling", "law", "benchmark", "agents", "memory", "$\\alpha$-Net", "Björn", "Łukasz", "R&D", "50%", "#1", "x_t", "<think>", "{set}"]
GIVEN = ["Ada", "Björn", "Chloé", "Dmitri", "Eun-ji", "Łukasz", "Wei", "José", "Zoë"]
FAMILY = ["Lovelace", "Ommer", "García", "Kaiser", "van der Maaten", "de With", "Øster", "Müller", "Nguyen"]
VENUES = ["CVPR", "ICCV", "ECCV", "NeurIPS", "ICLR", "ICML", "TPAMI", "TMLR", "arXiv", "CRYPTO"]


def synthetic(n: int, seed: int = 7) -> list[Paper]:
    rng = random.Random(seed)
    papers = []
    for i in range(n):
        aid = f"{rng.randint(15, 26):02d}{rng.randint(1, 12):02d}.{i:05d}"
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12))).capitalize()
        authors = [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}{rng.randint(1, 999)}" for _ in range(rng.randint(1, 12))]
        venue = rng.choice(VENUES)
        meta = ArxivRecord(id=aid, version=1, title=title, authors=authors, abstract=title * 3,
                           primary_category="cs.CV", categories=["cs.CV"], published=dt.date(2000 + int(aid[:2]), 1, 1))
        papers.append(Paper(arxiv_id=aid, title=title, metadata=meta,
                            venue=Venue(name=venue, year=2000 + int(aid[:2]), track=rng.choice([None, "Oral"]))))
    return papers


def corpus_papers() -> list[Paper]:
    papers = []
    for path in sorted(p for p in CORPUS.glob("*/*.md") if p.parent.name != "lists-pool"):  # (held-out: scored only)
        for e in read_digest(path).entries:
            p = e.paper
            if p.arxiv_id:
                rng = random.Random(p.arxiv_id)
                p = p.replace(metadata=ArxivRecord(
                    id=p.arxiv_id, version=1, title=p.title,
                    authors=[f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}{rng.randint(1, 99)}" for _ in range(5)],
                    primary_category="cs.CV", published=dt.date(2024, 1, 1)))
            papers.append(p)
    return papers


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def compare(label: str, papers: list[Paper]) -> None:
    for dialect in ("bibtex", "biblatex"):
        result = export_bib(papers, options=Options(dialect=dialect, abstracts=True))
        ours = best(lambda d=dialect: export_bib(papers, options=Options(dialect=d, abstracts=True)))
        db = BibDatabase()
        db.entries = [{"ENTRYTYPE": e.type, "ID": e.key, **e.fields} for e in result.entries]
        writer = BibTexWriter()
        theirs = best(lambda db=db, writer=writer: bibtexparser.dumps(db, writer))
        print(f"{label:>22} {dialect:8}: {len(result.entries):6,} entries, {len(result.text) / 1e6:5.2f} MB; "
              f"export {ours:.3f} s ({len(result.entries) / ours:,.0f} entries/s; goal < 2 s); "
              f"bibtexparser writing the same entries {theirs:.3f} s")


def reexport(label: str, papers: list[Paper]) -> None:
    """A new file against a re-export onto the file it wrote (in memory)."""
    first = export_bib(papers, options=Options())
    fresh = best(lambda: export_bib(papers, options=Options()))
    again = best(lambda: export_bib(papers, existing_text=first.text, options=Options()))
    same = export_bib(papers, existing_text=first.text, options=Options()).text == first.text
    print(f"{label:>22} re-export: fresh {fresh:.3f} s, onto its own .bib {again:.3f} s "
          f"({again / fresh:.2f}x; goal <= 1.5x); same bytes: {same}")


def reexport_cli(files: list[Path]) -> None:
    """``zoterodigest export FILES -o refs.bib --offline``: to a new file, then onto it."""
    from typer.testing import CliRunner

    from zoterodigest.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(ZOTERODIGEST_STATE_DIR=f"{tmp}/state", ZOTERODIGEST_CACHE_DIR=f"{tmp}/cache")
        out = Path(tmp) / "refs.bib"
        args = ["export", *map(str, files), "-o", str(out), "--offline", "--quiet"]

        def run(fresh: bool) -> None:
            if fresh:
                out.unlink(missing_ok=True)
            result = CliRunner().invoke(app, args)
            assert out.exists(), result.output

        run(True)
        fresh = best(lambda: run(True))
        again = best(lambda: run(False))
    print(f"{'zoterodigest export':>22} on {len(files)} digests: new .bib {fresh:.2f} s, onto the existing .bib "
          f"{again:.2f} s ({again / fresh:.2f}x; goal <= 1.5x)")


def main() -> int:
    if CORPUS.is_dir():
        papers = corpus_papers()
        files = sorted(p for p in CORPUS.glob("*/*.md") if p.parent.name != "lists-pool")
        compare(f"corpus ({len(files)} files)", papers)
        reexport("corpus", papers)
        reexport_cli(files)
    else:
        print(f"no corpus at {CORPUS}: corpus figures skipped")
    compare("10,000 synthetic", synthetic(10_000))
    reexport("10,000 synthetic", synthetic(10_000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
