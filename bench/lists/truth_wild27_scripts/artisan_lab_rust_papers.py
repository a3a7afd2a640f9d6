"""Wild27 truth for Artisan-Lab/RustPaperCollections papers.md: a lab's collection of papers on Rust.

Shape: the whole file is one fenced code block (line 1 '```LL', line 49 '```', no newline at the
end); inside it, one paper per line, 'VENUE  YY' Title' with the venue padded by spaces to a
column (e.g. 'PLDI   20' Understanding Memory ...'), blank lines between venue groups.  No
links, no authors, no ids.  Special lines:
  - journal lines give a volume instead of a year: 'TOPLAS 43  Title' (36, 37), 'TOSEM  31 Title'
    (39), 'TSE    49 Title' (41);
  - 'ARXIV      Title' (47, 48): venue and no year;
  - line 44 'The prusti project: Formal verification for rust' has no venue or year at all (the
    whole line is the title);
  - line 27 misspells the venue 'ECCOP' (kept out of the title like any venue).
Entry: every non-blank line between the fences (all are papers).  Title: the text after the venue
and its year/volume token, a closing '.' (a separator some lines add, 16, 27, 28, 30, 34, 37, 39,
41) dropped; '?' and '!' kept.  '(extended version)' on line 47 is part of the arXiv title and kept.
Count check: 47 lines inside the fence - 13 blank lines = 34 entries (PLDI 4, POPL 2, OOPSLA 5,
SOSP 1, ICSE 6, ASE 1, ECOOP 2, ETAPS 1, ICFP 1, LCTES 1, TOPLAS 2, TOSEM 1, TSE 1, last group 6).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "Artisan-Lab__RustPaperCollections__papers@4ca48ff.md"
PART = "wild27_development"

VENUE = re.compile(r"^(?:[A-Z]+)\s+(?:\d\d'|\d\d(?=\s))?\s*(?=\S)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "```LL" and lines[48] == "```" and len(lines) == 49, (lines[0], lines[-1], len(lines))
    papers = []
    for i in range(2, 49):
        text = lines[i - 1].strip()
        if not text:
            continue
        if i == 44:
            title = text
        else:
            m = VENUE.match(text)
            assert m, i
            title = text[m.end():]
        title = title.strip()
        title = title.removesuffix(".")
        assert title and title in lines[i - 1], i
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 34, len(papers)
    write_truth(NAME, PART, papers,
                "every non-blank line inside the single fenced code block is one paper; title = the text after the"
                " venue and its yy' year or volume token (line 44 has neither: whole line), a closing '.' dropped",
                "all 34 lines read by eye against the -v output, including the volume-numbered journal lines"
                " (36-41), the two ARXIV lines and the venue-less line 44; no ids in the file")


if __name__ == "__main__":
    main()
