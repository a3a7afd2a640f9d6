"""Wild23 truth for ReedBarrus/Luminex-Intelligence-Lattice research/syllabus.md: a self-study
'12-Week Reading Syllabus' on theories of consciousness (CRLF line endings).

Shape: twelve '## Week N — Topic' headings; under each, a '**Core:**' line with two '- ' bullets,
then a '**Critique:** ...' line and a '**Methods:** ...' line that each carry one record after the
bold label.  Every record is 'Authors year — [descriptor —] URL': a bare URL (doi.org, publisher
pages with the DOI in the path, jneurosci, arXiv pdf/abs, PMC, philpapers, a personal PDF), never a
link text and never the work's title.  The optional middle part is the list's own descriptor of
the reading ('IIT 4.0', 'GNW review', 'Nature', 'cluster permutation', 'Transfer Entropy',
'Registered Reports', 'Orch‑OR review', '(CT framing)' after the year on line 36 ...): a nickname
or note, not the title (e.g. line 30 'Transfer Entropy' for Schreiber 2000, line 86 'Registered
Reports' for Nosek et al. 2018), so every entry's title is null.
Entries: every record whose subject is a paper, preprint, review or chapter (line 49, Di Paolo 2018
PDF).  Not entries (NOT_PAPERS): line 42 Haken 1983 (a Springer book, link.springer.com/book/...),
line 48 Varela, Thompson & Rosch (The Embodied Mind, an MIT Press book page) and line 50 'IEP
overview' (an encyclopedia web page).  Repeated records are separate entries (Mashour et al. 2020
on lines 7 and 21; Maris & Oostenveld 2007 on 9 and 44; Berens 2009 on 23 and 65; Phillips 2022
on 36 and 62; Nosek et al. 2018 on 51 and 86).
Count check: 12 weeks x 4 records = 48 records (24 '- ' bullets + 12 Critique + 12 Methods lines),
minus 3 = 45 entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "ReedBarrus__Luminex-Intelligence-Lattice__research__syllabus@30b2799.md"
PART = "wild23_development"
NOT_PAPERS = {42, 48, 50}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for n, text in enumerate(lines, 1):
        if not (text.startswith(("- ", "**Critique:** ", "**Methods:** "))):
            continue
        assert " — " in text and "http" in text, n
        records += 1
        if n in NOT_PAPERS:
            continue
        papers.append(entry(lines, n, n, None))
    assert records == 48, records
    assert len(papers) == 45, len(papers)
    write_truth(NAME, PART, papers,
                "every reading record (24 'Core' bullets and the 12 'Critique' and 12 'Methods' lines) whose"
                " subject is a paper or chapter is an entry; no record writes a title (author-year, a descriptor"
                " of the list's own, a bare URL), so every title is null; two books and an encyclopedia page"
                " (lines 42, 48, 50) are not entries",
                "all 48 records read by eye; the 3 non-papers checked by their URLs (Springer book, MIT Press"
                " book page, iep.utm.edu); every DOI and arXiv id in the -v output compared with its URL"
                " (10.48550/arXiv DOIs on lines 6 and 14, arXiv pdf/abs on 29 and 63, DOIs in Frontiers,"
                " Springer, APS and physiology.org paths, none from jneurosci, PMC, ScienceDirect pii or OUP)")


if __name__ == "__main__":
    main()
