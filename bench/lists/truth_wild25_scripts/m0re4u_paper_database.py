"""Wild25 truth for m0re4u/paper-database exported/papers.md: a PhD student's database of the papers
read or found during the PhD (NLP, argument mining, deliberation, values), exported from JabRef
by a custom layout into Markdown.

Shape: '# Papers', then one '## YYYY-MM-DD' heading per day papers were added (157 headings, newest
first), under each one bullet per bib record, blank lines between:
'- Authors (Year): __Title__ ![nlp-badge](/images/nlp-badge.png)Find at: [LINK](url)'.  Authors are
BibTeX author fields ('Last, First and Last, First', LaTeX accents like 'Gar{\\'\\i}'); 11 records
(ACL Anthology bib entries) break the author list over several lines ('Lu, Wenjie  and' / 'Penn,
Gerald (2022): __Title__ ...'), so the record runs from its '- ' line to the line holding the title
(e.g. lines 108-110, 133-137, 465-469).  Title = the first '__...__' span after '): ' (line 275's URL
has a further '__' inside 'udVUN__gFO').  Titles keep the BibTeX text as the page shows it (Markdown escapes such as '\\&' rendered): braces
('{C}o{NTACT}: A {D}utch {COVID}-19 ...', line 119-122; '{HyEnA: ...}' line 241), '{\\&}', LaTeX math
('$\\mathcal{V}$-Usable', line 68); a final '.' (a citation separator the export kept, e.g. lines 247,
323, 403) is dropped.  Zero to two topic badges ('nlp', 'deliberation', 'ai', 'hi', 'rl') follow the
title; 4 records have no 'Find at' link (lines 709, 771, 1053, 1111); line 779 has an empty year '()'.

Entries: every bullet record except one: line 709, 'Human-robot interaction: An introduction'
(Bartneck et al. 2020, a textbook; no link).  Counted as entries: book chapters and handbook
chapters (line 1029 'A systemic approach to deliberative democracy', line 971 OntoNotes), working
papers, and line 837 'IAT annotation guidelines for US2016' (a research centre's annotation
guidelines report).  Ids: from the record's own lines; line 60 links a squarespace PDF named
'OutOfOneMany_ArxivVersion_2209.06899.pdf': not an arXiv URL nor 'arXiv:' text, so arxiv null;
line 503's proxied Springer URL carries the proceedings volume's DOI 10.1007/978-3-030-74296-6,
kept as written; the MIT Press article ids after the DOI (lines 337, 363) and a trailing '/' (449)
are dropped; CiteSeerX 'viewdoc/download?doi=10.1.1...' identifiers (lines 703, 931, 941, 1109) are not
DOIs and are set to null.

Count check: 388 lines starting '- ' = 388 lines holding '__' = 388 records (grep), minus the
textbook = 387 entries; 157 '## ' date headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "m0re4u__paper-database__exported__papers@cf89831.md"
PART = "wild25_development"
# MIT Press article id after the DOI, a trailing slash: not part of the DOI
DOI_FIX = {
    337: ("10.1162/tacl_a_00394/106790", "10.1162/tacl_a_00394"),
    363: ("10.1162/tacl_a_00370/100680", "10.1162/tacl_a_00370"),
    449: ("10.33972/jhs.196/", "10.33972/jhs.196"),
}
NOT_PAPERS = {709: "Human-robot interaction: An introduction (textbook)"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    i = 0
    while i < len(lines):
        if not lines[i].startswith("- "):
            i += 1
            continue
        first = i + 1
        j = i
        while "__" not in lines[j]:
            j += 1
            assert not lines[j].startswith(("- ", "#")) and lines[j].strip(), (first, j + 1)
        last = j + 1
        m = re.search(r"\([^)]*\): __(.+?)__", lines[j])
        assert m, last
        records += 1
        i = j + 1
        if first in NOT_PAPERS:
            assert NOT_PAPERS[first].startswith(m.group(1)), first
            continue
        title = m.group(1).strip()
        title = title.removesuffix(".")
        e = entry(lines, first, last, title)
        if e["doi"] and e["doi"].startswith("10.1.1."):  # CiteSeerX id, not a DOI
            e["doi"] = None
        if first in DOI_FIX:
            assert e["doi"] == DOI_FIX[first][0], (first, e["doi"])
            e["doi"] = DOI_FIX[first][1]
        papers.append(e)
    assert records == 388, records
    assert sum(1 for t in lines if t.startswith("## ")) == 157
    assert len(papers) == 387, len(papers)
    write_truth(NAME, PART, papers,
                "every '- Authors (Year): __Title__ badges Find at: [LINK](url)' record (author lists may run over"
                " several lines, the record ending on the title line) is an entry, except one textbook; title ="
                " the first __bold__ span, BibTeX braces and LaTeX kept as the page shows them, a final '.'"
                " dropped",
                "all 388 titles listed and read for non-papers (one textbook dropped); the 11 multi-line records,"
                " the empty year (779), the records without link (709, 771, 1053, 1111), the '__' inside a URL (275)"
                " and about 40 entries' ids checked by eye against their lines (arXiv pdf links with v2/%C2%A0"
                " tails, doi.apa.org percent-encoded, sagepub/wiley/tandfonline with casa_token queries,"
                " CiteSeerX ids nulled)")


if __name__ == "__main__":
    main()
