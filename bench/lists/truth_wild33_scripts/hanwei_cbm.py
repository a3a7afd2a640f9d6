"""Wild33 truth for hanwei0912/Adversarial-Reading topic/ConceptBottleneckModule.md: a reading list
of papers on concept bottleneck models (interpretable ML), grouped by year.

Shape: year headings "## 2025" ... "## 2020"; one "### [Title](url)" heading per paper (51 of them),
followed by free notes: pasted abstract sentences, bullets, code URLs, accuracy numbers, LaTeX
(lines 467-471). An entry runs from its "###" heading to the last non-blank line before the next heading
of any level. The title is the heading's link text, as written (several are in capitals, e.g. line 131).
Special cases: line 245 links to an empty URL "()"; lines 71 and 147 end their URLs with a stray "?";
the same paper is listed twice (lines 95 and 348, "Interpreting Pretrained Language Models via Concept
Bottlenecks"), counted as two entries; raw github URLs inside notes (lines 76, 89, 192) are code links,
not ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "hanwei0912__Adversarial-Reading__topic__ConceptBottleneckModule@b8caee4.md"
PART = "wild33_development"

HEAD = re.compile(r"^### \[(?P<title>.+)\]\((?P<url>[^)]*)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("#")]
    papers = []
    for i, n in enumerate(heads):
        m = HEAD.match(lines[n - 1])
        if not m:
            assert re.match(r"^## \d{4}$", lines[n - 1]), (n, lines[n - 1])
            continue
        stop = heads[i + 1] - 1 if i + 1 < len(heads) else len(lines)
        last = n
        for k in range(n, stop + 1):
            if lines[k - 1].strip():
                last = k
        papers.append(entry(lines, n, last, m.group("title")))
    assert len(papers) == 51, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '### [Title](url)' heading is one paper, its entry running to the last non-blank line before "
        "the next heading; the title is the link text; year headings and notes are not entries.",
        "All 51 headings and spans checked by eye (first/last of each year, the empty-URL heading line 245, "
        "the repeated paper lines 95/348, the notes holding github URLs lines 76, 89, 192).",
    )


if __name__ == "__main__":
    main()
