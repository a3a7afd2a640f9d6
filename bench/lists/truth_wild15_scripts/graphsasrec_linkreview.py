"""Wild15 truth for matfu-pixel/GraphSASRec linkreview.md: a Russian literature review of graph
recommender systems (a student project's 'link review'), two pipe tables under '# Industry' and
'# Academia'.

Shape: each table row is '| company or university | (YYYY) Title ((url)) | comment | loss | graph |
model |', headers and comments in Russian.  The links use wiki double-parenthesis markup, not
Markdown: either '(YYYY) Title ((url))' or '((url (YYYY) Title))' (url first, then the link text);
one row's title is quoted.  Entries: every data row of the two tables whose subject is a paper (20
Industry rows, 11 Academia rows).  Not an entry: the Spotify row on line 15, a workshop talk linked to
a YouTube video ('Доклад от спотифая', a talk).  Rows on frameworks (AliGraph, PyTorch-BigGraph,
PSGraph, the Tencent multi-GPU system) cite the framework's paper by its title and are entries.
Title = the second cell without the '(YYYY)' year and the wiki link markup, as written ('TwHIN.
Embedding ...' and 'HUGE. Huge ...' keep the nickname and its full stop, the file's own text); the
TransE row's trailing '(TransE)' nickname after the title is dropped (an annotation the list adds,
not title text).  Ids come from the row's own line (the PyTorch-BigGraph row links the TwHIN arXiv
id 2202.05387 by mistake; kept as written).

Checks: 31 rows in the two tables ('^| ' lines minus 2 header and 2 rule lines: grep gives 35), one
talk row skipped, 30 entries: 19 in Industry, 11 in Academia.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "matfu-pixel__GraphSASRec__linkreview@12aabab.md"
PART = "wild15_development"
TALK_LINES = {15}


def title_of(cell: str) -> str:
    cell = cell.strip()
    m = re.fullmatch(r"\(\(\S+ \(\d{4}\) (.+)\)\)", cell)  # ((url (YYYY) Title))
    if m:
        t = m.group(1)
    else:
        m = re.fullmatch(r"\(\d{4}\) (.+?) \(\(\S+\)\)", cell)  # (YYYY) Title ((url))
        assert m, cell
        t = m.group(1)
    t = t.strip().strip('"')
    t = re.sub(r" \(TransE\)$", "", t)
    return t


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts = {"Industry": 0, "Academia": 0}
    rows = 0
    for i, text in enumerate(lines, start=1):
        if text.startswith("# "):
            section = text[2:].strip()
            continue
        if not text.startswith("|") or text.startswith("|-"):
            continue
        cells = text.split("|")
        if cells[2].strip() == "статья/доклад":
            continue
        rows += 1
        if i in TALK_LINES:
            assert "youtu.be" in text
            continue
        papers.append(entry(lines, i, i, title_of(cells[2])))
        counts[section] += 1
    assert rows == 31, rows
    assert counts == {"Industry": 19, "Academia": 11}, counts
    assert len(papers) == 30
    write_truth(
        NAME, PART, papers,
        "every data row of the Industry and Academia tables citing a paper is an entry (the Spotify"
        " workshop-talk row linked to YouTube is not); title = the second cell without its '(YYYY)'"
        " year and the '((url ...))' wiki link markup, the TransE row's trailing '(TransE)' dropped",
        "all 31 rows by eye against the file (both link forms, the quoted talk row, the framework rows,"
        " the TwHIN/HUGE nickname prefixes, the TransE suffix); row counts 20 + 11 by grep of '^| '",
    )


if __name__ == "__main__":
    main()
