"""Wild40 truth for naglissul/qml THESIS/PAPER_LIST.md: a bachelor student's working paper list for a thesis on
the variational quantum eigensolver (VQE), written as loose notes.

Shape: no list markup for the papers.  Records are paragraphs: a Markdown link ``[Title (Year)](url)``, or a
bare arXiv URL with the title or a remark on the following paragraph, followed by free-text notes; the first
section separates records with ``---`` rules; later sections (``##``/``#`` headings) put one link paragraph
after another, some with a trailing ``// note`` or `` - note``.  Non-papers mixed in: a Qiskit docs URL (10),
a quantum-chemistry textbook (16), a Google Scholar library link in a heading (98), a link to the author's own
PDF notes (126), empty placeholder sections with ``...`` (100-122).  Quirks: the first record (3-6) links
arXiv 1304.3061 as "A variational eigenvalue solver on a quantum processor (2013)" and then writes the full
title "A variational eigenvalue solver on a photonic / quantum processor" below it; the "REMEMBER THESE"
section (57-61) re-links two earlier papers under nicknames, each after a "(1)"/"(2)" label line; line 71
puts a tag "(H2 ground state)" and the series name into the link text; line 73 glues the year to the title
("Eigensolver(2019)"); line 81 prefixes "Bakis:" (Lithuanian slang for a bachelor thesis); line 96 prefixes
"EPFL:" outside the link; the Stanford CS269Q student project (73, 85) is flagged by the author as "Not a
real paper, just a project of students".

Decisions:
- Entries: every link or bare URL whose target is a scholarly work: journal/conference articles, arXiv
  preprints, the ECCC report (96), the bachelor thesis (81), the review chapter in Advances in Atomic,
  Molecular, and Optical Physics (71), and the student project report (73, 85: a written research report,
  kept as a report despite the author's remark).  Not entries: the Qiskit docs, the textbook, the Scholar
  link, the notes PDF.  Repeated papers are separate entries (3/69, 36/60, 51/57, 73/85): 20 entries, 16
  distinct papers.
- Span: the link paragraph through its own notes up to the next record, rule or heading (3-6, 22-26, 30-32,
  36-38, 42-47, 51-53, 85-92); the "(1)"/"(2)" label line starts its record (57-58, 60-61); the lead-in line
  67 ("Mentioned in qiskit VQE built-in implementation:") belongs to neither 65 nor 69.
- Title: the link text without the trailing "(Year)"; the bare-URL record 42-47 takes the title paragraph
  44-45; the bare-URL record 36-38 and the two nickname links (58, 61) name no title: None; line 71 drops the
  "(H2 ground state)" tag and the series/year after the title; "Bakis:" is kept (it cannot be told from a
  title prefix without outside knowledge); "EPFL:" is outside the link and not part of the title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "naglissul__qml__THESIS__PAPER_LIST@d5abe2f.md"
PART = "wild40_development"

NOT_PAPERS = {10, 16, 98, 126}
NO_TITLE = {36, 57, 60}
TITLES = {
    42: "The Variational Quantum Eigensolver: a review of methods and best practices",
    71: "The Two Electron Molecular Bond Revisited: From Bohr Orbits to Two-Center Orbitals",
}
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)]+)\)")
BARE = re.compile(r"^https?://\S+$")


def block_end(lines: list[str], n: int) -> int:
    """Last non-blank line of the record starting at line n: up to the next rule, heading, link paragraph or
    label line."""
    last = n
    k = n  # 0-based index of line n + 1
    while k < len(lines):
        s = lines[k].strip()
        if s == "---" or s.startswith(("#", "[")) or BARE.match(s) or re.fullmatch(r"\(\d\)", s):
            break
        if s.startswith("Mentioned in qiskit"):
            break
        if s:
            last = k + 1
        k += 1
    return last


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 0
    while n < len(lines):
        n += 1
        s = lines[n - 1].strip()
        label = re.fullmatch(r"\(\d\)", s)
        if not (LINK.search(s) or BARE.match(s) or label):
            continue
        if n in NOT_PAPERS:
            continue
        first = n
        if label:  # "(1)" / "(2)" then the nickname link on the next line
            n += 1
            assert LINK.match(lines[n - 1]), n
        last = block_end(lines, n)
        if first in NO_TITLE:
            title = None
        elif first in TITLES:
            title = TITLES[first]
        else:
            m = LINK.search(s)
            assert m, first
            title = re.sub(r"\s*\(\d{4}\)\s*$", "", m.group(1))
        papers.append(entry(lines, first, last, title))
        n = last
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each link or bare-URL paragraph pointing to a scholarly work is an entry spanning its following note"
        " paragraphs (repeats kept); title = the link text without '(Year)', the title paragraph for the bare"
        " arXiv record 42-47, None for the bare URL 36 and the nickname links 58/61; docs, textbook, Scholar and"
        " notes links are not entries.",
        "Whole file read (134 lines) against the -v output: every link and bare URL classified (4 non-papers:"
        " Qiskit docs 10, textbook 16, Scholar 98, notes PDF 126); spans of the ruled first section (3-47), the"
        " label records 57-58/60-61, the lead-in line 67, the notes 85-92; titles of 42-47 (two-line title"
        " paragraph), 71 (tag and series dropped), 73 (glued year), 81 (Bakis kept), 96 (EPFL outside link);"
        " ids: arXiv 1304.3061/2007.04424/1603.04512/2305.06538/2111.05176, DOIs of ACM, Wiley, IOP and APS"
        " URLs, none for Nature/PMC/ResearchGate/Stanford/eLABa/ECCC.",
    )


if __name__ == "__main__":
    main()
