"""Wild53 truth for DueckLab/DueckLab.github.io pubs.md: the "Publications" page of the Dueck lab (Mayo Clinic,
patient-reported outcomes in cancer trials), a Jekyll page, newest commit (2e4ea4a, 2026-08-03).

Shape: 321 lines, 16 KB, no Markdown list syntax at all.  Front matter (1-4), an intro sentence (6), then nine
``<details open>`` / ``<summary><b>Topic:</b></summary>`` ... ``</details>`` blocks (PROs 8-67, PROMIS 69-81,
PRO-CTCAE 83-190, PRO-TECT 192-217, PROs in early phase trials 219-234, AE analysis 236-277, physical function
279-285, "Was it Worth it?" 287-295, rare diseases 298-307), a ``--`` rule, a contact line and a Google tag script.
Inside a block, a short description line ending in ``:<br>`` (``SPIRIT-PRO extension (PRO-specific protocol
guidance):<br>``) is followed by one or more HTML link lines
``<a href="https://pubmed.ncbi.nlm.nih.gov/29411037/" target="_blank">Calvert et al, 2018</a><br><br>``; the link
text is only "Author et al, Year", sometimes with a parenthesised note (``Mendoza et al, 2017 (from 1 to 4 weeks)``
99, ``Basch et al, 2022 (Effect on QOL)`` 200).  Three description lines carry their link on the same line (152, 171,
173), two hrefs start with a space (171, 173), one link text with a leading space (`` Nuño et al, 2025`` 60).

Special cases:
- No entry names a paper title: the link text is an author-year citation, the description line above is a topic
  label that often covers several papers (the PRO-cision toolkit label 25 covers 14 links, 26-52), so every title
  is None.
- Not papers: two NCI webinar videos on prevention.cancer.gov (``Mohile et al, 2025 (National Cancer Institute ...
  Webinar)`` 121, ``Yothers et al, 2025 (...Webinar)`` 271) are talks; the ICPSR data-sharing link (``Basch et al,
  2025`` under "Data Sharing:" 215) is a data set.  They are not entries.
- Kept: ``Basch et al, 2024 (Final PCORI report)`` 206 (a report, on PubMed) and the oatext.com PDF ``Atherton et al,
  2015`` 293 (a journal article PDF).
- Same author-year texts pointing to different PubMed ids (``Alger et al, 2026`` 221-224, ``Thanarajasingam et al,
  2016`` 252/254) are separate papers and separate entries.

Decisions:
- Entry = one ``<a href=...>Author et al, Year</a>`` link to a paper, on its own line (or after its description
  on 152/171/173); the entry spans that line only.  Title None throughout.
- Ids: none (PubMed links carry no DOI or arXiv id).
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "DueckLab__DueckLab.github.io__pubs@2e4ea4a.md"
PART = "wild53_development"

LINK = re.compile(r'<a href="\s*(?P<url>[^"]+)" target="_blank">(?P<text>[^<]+)</a>')
NOT_PAPER = re.compile(r"prevention\.cancer\.gov|icpsr\.umich\.edu")
CITE = re.compile(r"^\s*[A-Z][\w'ñöü-]+(?:-[A-Z]\w+)?(?: et al| & [A-Z]\w+), (?:19|20)\d\d\b")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == 'title: "Publications"'
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        links = LINK.findall(ln)
        if not links:
            continue
        assert len(links) == 1, (n, ln)
        url, text = links[0]
        assert CITE.match(text), (n, text)
        if NOT_PAPER.search(url):
            skipped.append(n)
            continue
        papers.append(entry(lines, n, n, None))
    assert skipped == [121, 215, 271], skipped
    starts = [p["line"] for p in papers]
    assert starts[:4] == [12, 15, 17, 20], starts[:4]
    assert {152, 171, 173, 206, 293, 221, 222, 223, 224, 60} <= set(starts)
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 115, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every HTML link line <a href=...>Author et al, Year</a> inside the nine <details> topic blocks is an entry"
        " (one line each, also when it follows its description on the same line: 152, 171, 173); no entry gives a"
        " title (the link text is an author-year citation, the ':<br>' line above is a topic label), so all titles"
        " are None; the two NCI webinar videos (121, 271) and the ICPSR data-sharing link (215) are not papers.",
        "Read all 321 lines; checked that every link line is matched and every author-year text parses, that the"
        " skipped lines are exactly the two webinars and the data set, that repeated author-years with different"
        " PubMed ids (Alger 2026 221-224, Thanarajasingam 2016 252/254) stay separate, the report 206 and the oatext"
        " PDF 293 kept; no DOI or arXiv id anywhere.",
    )


if __name__ == "__main__":
    main()
