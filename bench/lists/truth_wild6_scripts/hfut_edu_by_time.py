"""Wild6 truth for HFUT-LEC/awesome-student-cognitive-modeling papers/organized_by_time.md:
education (student cognitive modeling: cognitive diagnosis and knowledge tracing) papers by year.

Shape: two parts ('## Cognitive Diagnosis (CD)', '## Knowledge Tracing (KT)'), each with '### Survey'
and '### Papers' bullets '- [Venue Year, Nickname] [Title](url)' (once '- [Arxiv 2024][Title](url)'
without a space; survey bullets carry no nickname).  Every such bullet is an entry; title = the link
text; the bracketed venue/year/model-name tag before it is dropped.  Two bullets of the CD list
name the same paper twice under different model names (NeuralCD for KaNCD and CNCD-F; NCDM and
NCDM+(CNCD-Q)): separate entries.  Not entries: the two closing CD bullets
'- [Multidimensional item response theory models, MIRT](amazon...)' and '- [Item response theory,
IRT](books.google...)', which are books, and the navigation links to the other page.  One title
keeps a typo as written ('Multi-   nnjn   Relational', whitespace collapsed) and one ('Pre-training
uestion Embeddings') too.  Ids from the link: arXiv abs/pdf, ACM DL '/doi/', IEEE has none, SIAM,
Springer, TechRxiv (its '.v1' is part of that DOI).  Two DOIs are fixed by hand: the SPIE URL's
'.short' tail is not part of its DOI, and the SciEngine URL's ';JSESSIONID=...' tail is not either.

Count check: 140 '- ' bullets - 2 books = 138 = 1 + 40 (CD) + 5 + 92 (KT).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "HFUT-LEC__awesome-student-cognitive-modeling__papers__organized_by_time@cdb6a55.md"
PART = "wild6_development"
BOOKS = {48, 49}
DOI_FIX = {88: "10.1117/12.3011559", 28: "10.1007/s11432-022-3852-0"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: dict[str, int] = {}
    part = sub = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            part = text[3:].strip()
        elif text.startswith("### ") and "point_right" not in text:
            sub = text[4:].strip()
        if not text.startswith("- "):
            continue
        if i in BOOKS:
            assert "amazon" in text or "books.google" in text
            continue
        m = re.match(r"- \[[^\]]*\] ?\[(.+?)\]\((\S+)\)\s*$", text)
        assert m, i
        e = entry(lines, i, i, m.group(1))
        if i in DOI_FIX:
            assert e["doi"] and e["doi"].startswith(DOI_FIX[i]), (i, e["doi"])
            e["doi"] = DOI_FIX[i]
        papers.append(e)
        per[f"{part[:2]} {sub}"] = per.get(f"{part[:2]} {sub}", 0) + 1
    assert per == {"Co Survey": 1, "Co Papers": 40, "Kn Survey": 5, "Kn Papers": 92}, per
    write_truth(NAME, PART, papers,
                "every bullet '- [Venue Year, Nickname] [Title](url)' is an entry, title = the link text (tag before it"
                " dropped); the two book bullets (MIRT on Amazon, IRT on Google Books) are not",
                "bullet count by grep (140, 2 books) and per sub-section (1/40/5/92, asserted); all 138 titles printed with -v"
                " and compared with the link texts; the repeated NeuralCD and NCDM papers kept twice; the no-space tag"
                " on the first survey; the SPIE '.short' and SciEngine ';JSESSIONID' DOIs fixed by hand")


if __name__ == "__main__":
    main()
