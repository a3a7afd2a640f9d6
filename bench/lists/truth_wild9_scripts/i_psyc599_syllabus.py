"""Wild9 truth for snastase/snastase.github.io teaching/psyc599.md: a graduate course page (USC PSYC 599,
Computational Language Neuroscience, Spring 2026) whose schedule table lists four to seven readings a week.

Shape: Jekyll front matter, course header lines, prose, project milestones, then one pipe table
'| Week | Topic | Readings | Notes |' with 14 week rows (lines 51-64).  The Readings cell holds the
week's readings joined by '<br>', each written only as a short citation 'Author et al., *Venue*, Year'
followed by [`DOI`](doi url) or [`link`](url) and usually [`PDF`](github copy); no reading names its
title.  The Notes cell holds slides, labs and Colab links.

Entry: every '<br>'-separated reading of a week's Readings cell: 72 = 5, 5, 6, 5, 6, 4, 5, 5, 7, 4, 5,
4, 5, 6 per week (counted by eye per row and by '<br>' count + 1).  All are scholarly works; the
Transformer Circuits articles ('Elhage et al., *Anthropic*, 2021' etc., research reports), the Zenodo
preprint (Piantadosi, 2024) and the PDP volume's chapter 18 (a paper by Rumelhart & McClelland in an
edited volume) are kept.  Not entries: the Notes cell links (slides, labs, Colab, TransformerLens),
the header links (syllabus, GitHub, sign-up sheet).
Title: null for every entry (only authors, venue and year are written).  Several readings share a
line, so each entry's ids come from its own '<br>' segment: the DOI of its [`DOI`] link (the
10.48550/arXiv DOI of Griffiths et al. also gives the arXiv id); ACL Anthology and proceedings links
labelled 'DOI'/'link' are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "snastase__snastase.github.io__teaching__psyc599@6f899f0.md"
LINES = read_lines(NAME)
PER_WEEK = [5, 5, 6, 5, 6, 4, 5, 5, 7, 4, 5, 4, 5, 6]


def main() -> None:
    papers, counts = [], []
    for i, text in enumerate(LINES, 1):
        m = re.match(r"\| Week (\d+) \| ", text)
        if not m:
            continue
        assert int(m.group(1)) == len(counts) + 1, (i, text[:40])
        cells = text.split(" | ")
        readings = cells[2]
        segs = [s.strip() for s in readings.split("<br>")]
        for seg in segs:
            assert re.match(r"[A-Za-zé ]+(?: & [A-Za-z ]+| et al\.)?, (\*[^*]+\*, )?\s*\d{4} \[`(DOI|link)`\]", seg), (i, seg)
            p = entry(LINES, i, i, None)
            p["arxiv"], p["doi"] = arxiv_of(seg), doi_of(seg)
            papers.append(p)
        counts.append(len(segs))
    assert counts == PER_WEEK, counts
    assert len(papers) == 72
    write_truth(NAME, "wild9_development", papers,
                "every '<br>'-separated reading in a week row's Readings cell is an entry (several per line), title"
                " null since each reading is written only as 'Authors, *Venue*, Year' with DOI/link/PDF buttons; ids"
                " from each reading's own segment; Notes-cell slides/labs/Colab links and header links are not entries",
                "all 14 week rows (readings per week 5,5,6,5,6,4,5,5,7,4,5,4,5,6 = 72, counted by eye and by '<br>'),"
                " each segment's DOI against its own [`DOI`] link, the arXiv DOI of Griffiths et al. 2025, the"
                " ACL Anthology / NeurIPS / PMLR / transformer-circuits links left without DOI, Notes cell left out")


if __name__ == "__main__":
    main()
