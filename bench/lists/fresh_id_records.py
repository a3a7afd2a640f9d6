"""What reading records by their ids adds on top of a reader that had not seen a set (issue 26).

Two steps.  First dump an earlier reader's entries, run with that reader on the path (a worktree of
the commit at which the set was still held out, see ``bench/lists/README.md``):

    PYTHONPATH=/work/fresh_6c50225 python bench/lists/fresh_id_records.py dump wild24 /tmp/fresh_wild24.json

then, with today's code, read the records naming one paper by id that those entries leave free
(:mod:`zoterodigest.digest.generic.id_records`) and print what they add: papers found, their titles
exact, invented entries, and the set's totals before and after:

    python bench/lists/fresh_id_records.py score /tmp/fresh_wild24.json [...]

Development sets only (their files where bench/generic_accuracy.py finds them).
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from list_score import Read, Score, normalise, pair, score, total


def _folder(set_name: str) -> Path:
    return Path(os.environ.get(f"ZD_{set_name.upper()}_LISTS", f"/work/{set_name}/files"))


def dump(set_name: str, out: str) -> None:
    import zoterodigest
    from zoterodigest.digest import read_digest

    files = {}
    for f in tomllib.loads((HERE / f"{set_name}.toml").read_text(encoding="utf-8"))["file"]:
        path = _folder(set_name) / f["name"]
        if "development" in f.get("part", "") and path.is_file():
            files[f["name"]] = [[e.lines[0], e.lines[1], e.paper.title, e.paper.arxiv_id] for e in read_digest(path).entries]
    Path(out).write_text(json.dumps({"set": set_name, "reader": zoterodigest.__file__, "files": files}), encoding="utf-8")
    print(f"{set_name}: {len(files)} files, {sum(map(len, files.values()))} entries by {zoterodigest.__file__}")


def _added(set_name: str, name: str, base: list[Read]) -> list[Read]:
    from zoterodigest.digest import read_digest
    from zoterodigest.digest.base import Sections
    from zoterodigest.digest.generic.hidden_lines import commented
    from zoterodigest.digest.generic.id_records import id_papers
    from zoterodigest.digest.generic.skipped_sections import skipped_section

    doc = read_digest(_folder(set_name) / name).doc
    taken = bytearray(commented(doc))
    for r in base:
        taken[r.first - 1 : r.last] = b"\x01" * (r.last - r.first + 1)
    sections = Sections(doc)
    known = {r.arxiv.lower() for r in base if r.arxiv}
    more = id_papers(doc, 0, len(doc.lines), taken, lambda i: skipped_section(sections.path_at(i)), known)
    return [Read(f.first + 1, f.last + 1, f.title, f.ident.arxiv.id if f.ident.arxiv else None) for f in more]


def score_dumps(paths: list[str]) -> None:
    before: list[Score] = []
    after: list[Score] = []
    gained = exact = invented = 0
    for p in paths:
        data = json.loads(Path(p).read_text(encoding="utf-8"))
        for name, ents in data["files"].items():
            truth = json.loads((HERE / f"truth_{data['set']}" / (name.removesuffix(".md") + ".json")).read_text(encoding="utf-8"))["papers"]
            base = [Read(a, b, t, x) for a, b, t, x in ents]
            added = _added(data["set"], name, base)
            new = sorted(base + added, key=lambda r: r.first)
            before.append(score(truth, base))
            after.append(score(truth, new))
            paper_of = {k: t for t, k in zip(truth, pair(truth, new), strict=True) if k is not None}
            for k, r in enumerate(new):
                if r in added:
                    t = paper_of.get(k)
                    invented += t is None
                    gained += t is not None
                    exact += t is not None and bool(t.get("title")) and normalise(r.title) == normalise(str(t["title"]))
    print(f"records read by id: {gained + invented}; papers found {gained} (titles exact {exact}), invented {invented}")
    for label, scores in (("before", before), ("after", after)):
        t = total(scores)
        r = t.ratios()
        print(f"{label:<7} truth {t.truth} found {r['found'] or 0:.2%} titles exact {r['exact'] or 0:.2%} invented {t.invented}")


def main() -> int:
    if len(sys.argv) >= 4 and sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "score":
        score_dumps(sys.argv[2:])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
