"""Wild37 truth for RISE-MICCAI/Journal-Club README.md: the RISE-MICCAI journal club's paper list, a
bi-weekly reading group on medical image analysis run by a small volunteer group (2023-2025).

Shape: prose (lines 1-13), "## Paper list" and one pipe table without outer pipes, header
"No | Date (DD/MM/YYYY)| Speaker | Title | Link" (lines 17-18), then one row per session, newest first,
numbered 51 down to 1 (lines 19-69).  The Title cell is plain text, the Link cell holds zero, one or
several bare URLs (separated by " and " or ", ").  Decisions:
- A row whose Link cell gives one scholarly work is one entry (the row's line); title = the Title
  cell as written, even where it reads like a talk title (line 28 links the CVPR 2025 F3OCUS paper,
  line 29 an eScholarship McGill thesis, both kept with the cell's text).
- Rows that are not a paper are not entries: line 23 (the LISA challenge session, linked to a
  Springer *book*, the challenge proceedings), line 24 (the BraTS "Lighthouse Challenge" Synapse
  wiki), line 32 (Q&A with the MICCAI program chairs, no link), line 46 (special session on the
  journey of a paper, no link), line 51 (multilingual opening session, no link).
- Line 50 names two papers joined by " and " and links two DOIs: two entries on the same line, the
  Title cell split at " and Artificial intelligence for contrast-free MRI", each with its own DOI.
- Lines 25 and 27 give one (session) title but link two and three works (EMBO J + FIMH chapter;
  PMLR + two MICCAI 2024 PDFs): one entry per linked work on the same line, title null (the cell
  names none of the individual works), each entry's ids from its own URL.
- Line 64 (Grad-CAM) links arXiv 1404.1100, the PCA tutorial of line 65: the id is taken as written.
  Line 65's "A tutorial on Principal Component Analysis" is an arXiv preprint, so an entry; line 66's
  "A dirty dozen: 12 p-value misconceptions" is a journal article (PDF on a course site), an entry.
- Ids: arXiv abs/pdf URLs (www.arxiv.org included); DOIs from doi.org, Springer chapter and
  content/pdf URLs (".pdf?pdf=inline link" dropped), AHA and EMBO Press /doi/ URLs and the MIT Press
  imag URL (article number dropped); ScienceDirect pii, Google Drive, OpenReview, CVF, NeurIPS,
  PMLR, MICCAI and eScholarship URLs give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "RISE-MICCAI__Journal-Club__README@d05d6f6.md"
PART = "wild37_development"

NOT_PAPERS = {23, 24, 32, 46, 51}  # challenge sessions, Q&A, special and opening sessions
SPLIT_TITLE = {50: " and Artificial intelligence for contrast-free MRI"}  # two titles in one cell
MULTI_LINK = {25, 27}  # one session title, several linked works


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if not re.match(r"^\d+\s*\|", text):
            continue
        cells = [c.strip() for c in text.split("|")]
        assert len(cells) == 5, (n, cells)
        if n in NOT_PAPERS:
            continue
        title, links = cells[3], cells[4]
        urls = [u.rstrip(",") for u in re.findall(r"https?://\S+", links)]
        assert urls, (n, text)
        if n in SPLIT_TITLE:
            cut = title.index(SPLIT_TITLE[n])
            titles = [title[:cut], title[cut + len(" and "):]]
            assert len(urls) == 2
            for t, u in zip(titles, urls):
                e = entry(lines, n, n, t)
                e["arxiv"], e["doi"] = arxiv_of(u), doi_of(u)
                papers.append(e)
        elif n in MULTI_LINK:
            for u in urls:
                e = entry(lines, n, n, None)
                e["arxiv"], e["doi"] = arxiv_of(u), doi_of(u)
                papers.append(e)
        else:
            assert len(urls) == 1, (n, urls)
            e = entry(lines, n, n, title)
            if n == 31:  # MIT Press imag URL: the article number after the DOI is dropped
                assert e["doi"] == "10.1162/imag_a_00294/124226", e["doi"]
                e["doi"] = "10.1162/imag_a_00294"
            papers.append(e)
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table row linking one scholarly work is one entry titled with its Title cell as written; "
        "challenge, Q&A, special and opening sessions are not entries; the row naming two papers is split "
        "into two titled entries and the two rows linking several works under one session title give one "
        "untitled entry per link, each with the ids of its own URL.",
        "All 70 lines read by eye against the -v output: every row's title and id, the five non-paper "
        "sessions (lines 23, 24, 32, 46, 51), the split row 50 with its two AHA DOIs, the multi-link rows "
        "25 and 27, the wrong arXiv link on the Grad-CAM row (64), the Springer content/pdf URL (34), the "
        "MIT Press imag DOI (31) and the URLs that give no id (pii, Drive, CVF, NeurIPS, OpenReview, PMLR).",
    )


if __name__ == "__main__":
    main()
