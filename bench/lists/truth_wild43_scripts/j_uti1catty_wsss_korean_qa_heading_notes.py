"""Wild43 truth for uti1catty/VILAB_Intern_Paper_Review Summary_Question.md (newest commit 1bbb3fd; the file last
changed 2023-03-27): a KAIST VILAB intern's Korean Q&A notes from weekly paper-review meetings on weakly supervised
semantic segmentation (WSSS), one ``##`` section per paper, 153 lines.

Shape: ``____`` (1) and ``______`` (93) rules; two date headings ``## 20230320`` (2, followed by a general question
about PASCAL VOC, 4-5) and ``## 20230327`` (94); 23 paper headings ``## [VENUE]Name`` / ``## [VENUE] Name``
(``[CVPR18]RW`` without a space at 7, ``[CVPR21] AdvCAM`` with two trailing spaces at 95).  Under each heading run
Korean notes: a one-line summary, ``page N:`` questions and ``A)`` answers, ``Q)``/``=>`` lines, a ``V1:``/``V2:``
outline (140-151).  No links, no ids, no authors, no full titles anywhere.

Entries (23): every paper heading; the entry runs from the heading to the last non-blank line before the next
heading or rule (7-9, 11-13, ..., 138-151).  The paper is named only by a venue tag and a method nickname (RW =
AffinityNet, IRN, C2AM, ReCAM, CLIMS, L2G, AFA, RCA, SIPE, PPC, W-OoD, AEFT, Spatial-BCE, ViT-PCM, OC-CSE,
AdvCAM, BANA, BBAM, EDAM, nsrom, EPS, ReviewKD -- a knowledge-distillation paper among the WSSS ones -- and
MCTformer), so every title is null (the wild sets' convention: a nickname is not a title).  Not entries: the two
date headings and the general question under the first, the rules.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "uti1catty__VILAB_Intern_Paper_Review__Summary_Question@1bbb3fd.md"
PART = "wild43_development"

PAPER = re.compile(r"^## \[(?:CVPR|ECCV|ICCV)\d\d\] ?(?P<nick>\S+)\s*$")
DATE = re.compile(r"^## 2023\d{4}$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("#")]
    assert all(PAPER.match(lines[n - 1]) or DATE.match(lines[n - 1]) for n in heads), heads
    assert [n for n in heads if DATE.match(lines[n - 1])] == [2, 94]
    stops = sorted(heads + [n for n, ln in enumerate(lines, 1) if set(ln) == {"_"}] + [len(lines) + 1])
    papers, nicks = [], []
    for n in heads:
        m = PAPER.match(lines[n - 1])
        if not m:
            continue
        nxt = min(s for s in stops if s > n)
        last = max(k for k in range(n, nxt) if lines[k - 1].strip())
        nicks.append(m.group("nick"))
        papers.append(entry(lines, n, last, None))
    assert nicks == ["RW", "IRN", "C2AM", "ReCAM", "CLIMS", "L2G", "AFA", "RCA", "SIPE", "PPC", "W-OoD", "AEFT",
                     "Spatial-BCE", "ViT-PCM", "OC-CSE", "AdvCAM", "BANA", "BBAM", "EDAM", "nsrom", "EPS",
                     "ReviewKD", "MCTformer"], nicks
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[7] == 9 and spans[50] == 64 and spans[85] == 91 and spans[95] == 99 and spans[138] == 151, spans
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '## [VENUE] Nickname' heading is an entry spanning its Korean Q&A notes up to the next heading or"
        " rule; titles null (the paper is named only by a venue tag and a method nickname); the date headings 2/94,"
        " the general question 4-5 and the rules are not entries; no ids.",
        "Whole 153-line file read against the -v output: all 25 headings (23 papers, 2 dates), the spans of every"
        " entry (first 7-9, the long AEFT 50-64 and Spatial-BCE 66-80, OC-CSE 85-91 ending before the rule 93,"
        " AdvCAM 95-99 after the date heading 94, last MCTformer 138-151), the no-space heading 7 and the"
        " trailing-space heading 95, no links or ids anywhere.",
    )


if __name__ == "__main__":
    main()
