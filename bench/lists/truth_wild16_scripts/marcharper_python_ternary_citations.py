"""Wild16 truth for marcharper/python-ternary citations.md: a one-person plotting library's page of the
works that cited it ('This list is likely incomplete').

Shape: '## Journal Articles, Conference Proceedings, and Preprints' (lines 12-88) and '## Dissertations'
(lines 91-103) hold one numbered item per line, numbered carelessly ('1.' six times, then 3-12, 15-75
with 13-14 missing; the dissertations '1.' five times then 2-9).  Each item is a Google-Scholar-style
reference 'Authors. [Title](url). Venue (Year).' with the title as the first link; four items
(lines 25, 29, 46, 69) quote the title instead ('Authors. "Title." [arXiv preprint ...](url)') and their
first link is an arXiv or SocArXiv label.  Extra links follow some items ('[ArXiv](...)',
'[bioRxiv](...)', '[(open pdf)](...)', a person's GitHub page in line 81).

Entries: every numbered item (90: 77 articles, conference papers, preprints and software papers, and 13
dissertations, which are theses).  The same paper listed twice (Maturana et al., lines 32 and 36; Ravel
et al., lines 22 and 25; Tran et al., lines 50 and 54; Fatras et al., lines 29 and 49) gives separate
entries.  Title = the quoted text when the item quotes one before its first link, else the first link's
text; a final '.' dropped.  Ids: arXiv ids from arXiv links; DOIs where written literally: in a URL
(doi.org, ACS, Wiley, Springer, IOP, ACM, T&F, JOSS, Royal Society, AHA, CSJ, World Scientific, APS
'abstract/10.1103/...', PLOS '?id=10.1371/...', bioRxiv/medRxiv) or as 'DOI: ...' / 'doi: ...' text
(lines 78, 83); the first one an item gives counts (for lines 48, 60 and 63 a bioRxiv DOI after a Nature
link, which holds none).  Nature, ScienceDirect, CVF, SSRN, thesis-repository links give none.

Count check: grep -c '^[0-9]*\\. ' gives 90; every non-blank line from line 12 on is a numbered item or
a heading.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "marcharper__python-ternary__citations@9f946b6.md"
PART = "wild16_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if i < 12 or not text.strip() or text.startswith("#"):
            continue
        m = re.match(r"\d+\. (.*)$", text)
        assert m, i
        body = m.group(1)
        first_link = body.find("[")
        q = re.search(r'"([^"]+)"', body)
        if q and (first_link < 0 or q.start() < first_link):
            title = q.group(1)
        else:
            title = re.search(r"\[([^\]]+)\]\(", body).group(1)
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 90, len(papers)
    assert sum(1 for p in papers if p["line"] > 90) == 13
    write_truth(NAME, PART, papers,
                "every numbered item (one per line) is an entry, the 13 dissertations included; title = the quoted"
                " title when the item quotes one before its first link, else the first link's text; repeated"
                " papers are separate entries",
                "the 90 items counted with grep and every line of the file by eye; the four quoted-title items, the"
                " repeated papers, all 90 titles against their lines, the DOIs of the ACS/Springer/IOP/APS/doi.org"
                " links and the two 'DOI:' texts, the arXiv ids")


if __name__ == "__main__":
    main()
