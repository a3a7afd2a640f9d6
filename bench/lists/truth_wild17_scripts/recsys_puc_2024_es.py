"""Wild17 truth for PUC-Recsys-Class/RecSysPUC-2024-2 README.md: the Spanish course page of IIC3633
Sistemas Recomendadores (PUC Chile, 2024-2), English paper titles in Spanish surroundings.

Two kinds of records are entries:
1. The seminar table of 'Parte II del curso: Seminario' (lines 119-140): '| Semana | Paper | Link
   slide(s) | Conferencia | Presentación |' rows, the title plain in the 'Paper' cell, the paper linked
   from the venue cell ('[KDD 2023](https://dl.acm.org/doi/abs/10.1145/…?casa_token=…)', ACL Anthology,
   OpenReview, NeurIPS proceedings, Wiley).  Title = the Paper cell.
2. The readings of 'Lecturas por Semana' and 'Lecturas complementarias' (lines 188-318): APA-style
   author-first references, mostly '* ' bullets under '**Obligatorias**'/'**Sugeridas**' (required /
   suggested), three as plain paragraphs (weeks 8-10).  Title = the text after '(Year).' or
   '(Year, Month).' up to the next '. '; one ACM-style reference ('Eva Zangerle and Christine Bauer.
   2022. Title. ACM Comput. Surv.') and one quoted title ('(2011) “Evaluating recommendation
   systems.”').  A reference whose '[pdf](…)' and '**secciones (1-4)**' (sections to read) sit on the
   next lines runs over them (the Kluver et al. chapter, listed in weeks 1, 2 and 3: three entries);
   the wrapped Liang et al. reference runs over two lines; a Spanish preamble before the authors
   ('Hasta la sección 3.4 … + sección 4: Zhang, S., …', 'El siguiente paper es opcional, … del paper
   de Hu et al.: Takács, G., …') is not part of the title.  Book chapters of edited volumes (The
   adaptive web, Social Information Access, Recommender systems handbook) are entries.
   One reference is broken over two bullets: line 255 ends the Pazzani & Billsus reference with the
   authors and year of the next one ('Xu, W., Liu, X., & Gong, Y. (2003).[pdf](…)'), whose title and
   venue open the bullet of line 258 ('Document clustering based on non-negative matrix
   factorization. In Proceedings of the 26th … SIGIR …').  Line 255 is the Pazzani entry; line 258 is
   the Xu et al. entry, titled by its own first sentence.
   CiteSeerX links ('…viewdoc/download?doi=10.1.1.130.4520…') hold a CiteSeerX id, not a DOI.
Not entries: '[Post original FunkSVD](…)' (a blog post), the lecture table of 'Contenidos por
Semana' (topics and slides) and its commented-out rows, the announcements and course rules.

Counts: 22 seminar rows (grep '^|[0-9]' in lines 119-140); 49 '* ' bullets from line 188 minus the
blog post = 48, plus 3 paragraph references = 51 readings; 73 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "PUC-RecSys-Class__RecSysPUC-2024-2__README@e038fcd.md"
PART = "wild17_development"


def reference_title(text: str) -> str:
    m = re.search(r"\. (\d{4})\. (.+?)\. ACM", text)
    if m and text.startswith("* Eva Zangerle"):
        return m.group(2)
    m = re.search(r"\(\d{4}\)\s*“(.+?)”", text)
    if m:
        return m.group(1)
    m = re.search(r"\(\d{4}(?:, [A-Z][a-z]+)?\)\.\s*(.+?)\.(?:\s|\[|$)", text)
    if m:
        return m.group(1)
    m = re.match(r"\* (.+?)\. ", text)  # the title-first bullet of line 258
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i in range(119, 141):
        cells = lines[i - 1].split("|")
        assert re.fullmatch(r"\d+\s*", cells[1])
        papers.append(entry(lines, i, i, cells[2].strip()))
    refs = []
    i = 188
    while i <= len(lines):
        text = lines[i - 1]
        start = i
        if text.startswith("* ") or re.match(r"[A-Z][a-z]+, [A-Z]\.", text):
            end = i
            while end < len(lines) and (lines[end].startswith(("[pdf]", "**secciones", "  "))):
                end += 1
            if "[Post original FunkSVD]" not in text:
                refs.append((start, end))
            i = end + 1
        else:
            i += 1
    for start, end in refs:
        own = " ".join(t.strip() for t in lines[start - 1:end])
        papers.append(entry(lines, start, end, reference_title(own)))
    assert len(papers) == 73, len(papers)
    assert sum(1 for s, e in refs if e > s) == 4  # three Kluver chapters with [pdf]/secciones lines, Liang wrapped
    assert sum(1 for p in papers if p["title"] == "Rating-based collaborative filtering: algorithms and evaluation") == 3
    write_truth(NAME, PART, papers,
                "every row of the seminar table (title = the Paper cell, ids from the venue link) and every APA-style"
                " reading reference from 'Lecturas por Semana' on (bullets and three paragraphs; title = the text after"
                " '(Year).' to the next '. ') except a blog post; a reference broken over two bullets gives the second"
                " bullet's own first sentence as its title",
                "all 73 entries against the file: the 22 seminar rows (titles, DOIs from dl.acm.org and Wiley links,"
                " none from ACL Anthology/OpenReview/NeurIPS), the 51 readings one by one (titles after the year, the"
                " ACM-style Zangerle reference, the quoted Guy & Gunawardana title, the Spanish preambles of lines 217"
                " and 277, the three Kluver entries with their [pdf]/secciones lines, the wrapped Liang entry, the"
                " Pazzani/Xu break at 255/258), the FunkSVD blog post and the commented-out lecture rows left out")


if __name__ == "__main__":
    main()
