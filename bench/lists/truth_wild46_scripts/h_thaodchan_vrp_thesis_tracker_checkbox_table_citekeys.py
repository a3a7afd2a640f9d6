"""Wild46 truth for ThaoDChan/Bachelors-Thesis-MT-Vault Misc/Literature_Tracking.md: a student's literature
tracker in an Obsidian vault (master's thesis on machine learning for vehicle routing problems), one
progress-checkbox table per kind of source, each row naming a source only by its citation key; newest commit
5e75120 (the file last changed in 9c26675 "vault backup: 2025-04-12").

Shape: ``## Section`` headings (To Sort 1 (empty), Books 5, BT/MT/PHD 25, Papers Historic 43, Papers ML 57,
Survey Papers 133, Additional Papers 149, Papers state of the art 167, Survey Paper Papers 183), each with a pipe
table ``| DL  | TITLE | BIB | SORTED | DOCLING | SUMMARY | **Citation Key** |`` (header, delimiter, then rows
``| [X] | [X]   | [X] | [X]    | [X]     | []      | [toth2001]       |``: six progress checkboxes, ``[X]`` done or
``[]`` not, and a BibTeX citation key in brackets, padded) followed by a fenced code block of ``\\citep{key}``
lines (the keys for pasting into LaTeX, in another order; the last block lists keys the table lacks, e.g.
``peng2019``, ``hottung2019``, ``ma2021``, and lacks some it has).  No titles, authors, links or ids anywhere.
The column named TITLE is a checkbox (title recorded), not a title.

Decisions:
- An entry is every table row of a section that tracks scholarly works (131): BT/MT/PHD (4 theses, 29-32),
  Papers Historic (2, 47-48), Papers ML (33, 61-93), Survey Papers (3, 137-139), Additional Papers (4 surveys,
  153-156), Papers state of the art (3, 171-173), Survey Paper Papers (82, 187-268).
  A row's subject is one source named only by its key -> title null (the README's "only a key" case); no ids.
  The same key in two sections (``li2022`` 155 and 228) gives separate entries.
- Not entries: the five Books rows (9-13: toth2001, nalepa2019, toth2014, golden2008, pinheiro2022 -- the vault
  files them under 2_Paper_Notes/Books; Toth & Vigo's and Golden et al.'s VRP books), headings, header and
  delimiter rows, the ``\\citep{...}`` lines inside the code fences (LaTeX commands repeating the keys for
  pasting, not records of the list).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "ThaoDChan__Bachelors-Thesis-MT-Vault__Misc__Literature_Tracking@5e75120.md"
PART = "wild46_development"

HEAD = re.compile(r"^\| DL  \| TITLE \| BIB \| SORTED \| DOCLING \| SUMMARY \| \*\*Citation Key\*\* +\|$")
ROW = re.compile(r"^\| \[X?\] +\| \[X?\] +\| \[X?\] +\| \[X?\] +\| \[X?\] +\| \[X?\] +\| \[(?P<key>[a-z]+\d{4}[a-z]?)\] +\|$")
SECTIONS = {
    "Books": 5, "BT/MT/PHD": 4, "Papers Historic": 2, "Papers ML": 33, "Survey Papers": 3,
    "Additional Papers": 4, "Papers state of the art": 3, "Survey Paper Papers": 82,
}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 353 and lines[352] == "```", len(lines)  # no final newline
    papers = []
    section = None
    counts: dict[str, int] = {}
    fenced = False
    keys_by_line = {}
    for n, ln in enumerate(lines, 1):
        if ln.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            assert re.fullmatch(r"\\citep\{[a-z]+\d{4}[a-z]?\}", ln), (n, ln)
            continue
        if ln.startswith("## "):
            section = ln[3:]
            continue
        if not ln.startswith("|"):
            assert ln == "", (n, ln)
            continue
        if HEAD.match(ln) or ln.startswith("| --- |"):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        counts[section] = counts.get(section, 0) + 1
        keys_by_line[n] = m.group("key")
        if section == "Books":
            continue
        papers.append(entry(lines, n, n, None))
    assert not fenced
    assert counts == SECTIONS, counts
    assert [keys_by_line[n] for n in range(9, 14)] == ["toth2001", "nalepa2019", "toth2014", "golden2008", "pinheiro2022"]
    by = {p["line"]: p for p in papers}
    assert min(by) == 29 and keys_by_line[29] == "wen2010"
    assert keys_by_line[93] == "fitzpatrick2024" and keys_by_line[137] == "bogyrbayeva2024"
    assert keys_by_line[155] == "li2022" and keys_by_line[173] == "vidal2020"
    assert max(by) == 268 and keys_by_line[268] == "zunic2020", max(by)
    assert all(p["title"] is None and p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 131, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the tracker's checkbox tables in the sections of scholarly works (theses, historic papers, ML"
        " papers, surveys, additional papers, state of the art, papers of the surveys) is an entry (131), title"
        " null (the row names its source only by a citation key such as [wen2010]; the TITLE column is a checkbox),"
        " no ids; the five Books rows, headings, header/delimiter rows and the \\citep{key} lines in the code"
        " fences are not entries.",
        "Whole 353-line file read (no final newline); every non-blank line classified (heading, table header, delimiter, row matched"
        " by the checkbox/key pattern, fence, \\citep line inside a fence); rows counted per section (5 books, 4,"
        " 2, 33, 3, 4, 3, 82); -v output compared with the first and last row of every section (9/13 books left"
        " out, 29/32, 47/48, 61/93, 137/139, 153/156, 171/173, 187/268), the repeated key li2022 (155 and 228),"
        " rows with [] checkboxes (Books, BT/MT/PHD, Historic, Survey Papers, Additional, SOTA) and ~20 rows of"
        " Papers ML and Survey Paper Papers; the Books section checked against the vault's 2_Paper_Notes/Books"
        " folder (the same five keys).",
    )


if __name__ == "__main__":
    main()
