"""Wild23 truth for linklab/linklab.github.io main/c_publication/a_papers.markdown: the publication
page of a Korean university lab (KOREATECH Link Lab, networking / reinforcement learning),
half of it Korean.

Shape: a Jekyll page that is one HTML block: two '<h2>' parts ('International Publications',
'Domestic Publications'), each with accordion '<button>' sections (International Journals,
International Conferences and Workshops, Books & Book Chapters; Domestic Journals, Books & Book
Chapters, Domestic Conferences), '<h4>' year headings, and one '<p>' element per record,
usually wrapped over two to five lines: 'Authors, "<strong>Title,</strong>" Venue, vol., pp.,
date[, DOI: <a href="https://doi.org/...">...</a>].' with some '<span class="badge">' badges
(impact factor, '우수 논문 수상' "best paper award").  The domestic records are Korean: Korean
author names, Korean titles, Korean venues ('한국통신학회논문지, 제48권, 제11호, ... 11월, 2023');
some domestic titles are English.  The entry spans the '<p>' line to its '</p>' line (three
records, lines 1067/1069/1071, never close their '<p>': they end on the line before the next one).
Title = the '<strong>' text, a final ',' (inside the tag) dropped, lines joined.
Special cases:
- lines 225, 265, 320, 353, 385, 404, 426, 444, 471: '<p> [LNEE] </p>' / '[LNCS]' / '[LNCS/CCIS]'
  series labels standing alone as paragraphs: not entries.
- line 472: no '<strong>': the title is the quoted text ('"Concurrency Control ...,"').
- lines 649 and 653: the title opens with '&#8220;' (no '<strong>' open tag) and closes with
  ',</strong>"': title = the text between them.
- lines 903-906: one '<p>' naming two magazine articles (two '<strong>' titles): two entries on
  the same lines.
- Books & Book Chapters: line 819 (an edited volume, '(Eds.)') and lines 1000-1020 (five
  programming books and Korean editions of books, with ISBNs) are books: not entries; line 825
  (a chapter 'A Framework for Web-based Global Parallelism ...' in an IOS Press volume) is a
  scholarly chapter: an entry.
- line 49: the DOI is the link text of an IEEE Xplore link; the other DOIs are doi.org links or
  'DOI: 10....' text.
- line 26: the doi.org link's href (10.1109/TCE.2025.3611973) and its text (doi.org/10.1364/JOCN...,
  the next record's DOI) differ: the href comes first and is the entry's DOI.
- line 1097: the Korean title is written in decomposed Hangul (NFD jamo), kept as written.
- HTML entities in titles ('&#8211;', '&#038;') are decoded; repeated records (line 472 = line
  802, lines 1028/1030 = 1034/1036) are separate entries.
Count check: 332 '<p>' records - 9 labels - 6 books + 1 (two-title record) = 318 entries.
"""
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "linklab__linklab.github.io__main__c_publication__a_papers@7521819.md"
PART = "wild23_development"
BOOKS = {819, 1000, 1005, 1008, 1012, 1017}
CURLY = {649, 653}
QUOTED = {472}


def clean_title(t: str) -> str:
    t = html.unescape(re.sub(r"\s+", " ", t)).strip()
    return t[:-1].rstrip() if t.endswith(",") else t


def main() -> None:
    lines = read_lines(NAME)
    opens = [i for i, t in enumerate(lines, 1) if re.search(r"<p[ >]", t)]
    closes = [i for i, t in enumerate(lines, 1) if "</p>" in t]
    assert len(opens) == 332, len(opens)
    papers = []
    labels = books = 0
    for k, i in enumerate(opens):
        nxt = opens[k + 1] if k + 1 < len(opens) else len(lines) + 1
        c = [j for j in closes if i <= j < nxt]
        end = c[0] if c else nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        text = "\n".join(lines[i - 1 : end])
        if re.fullmatch(r"\s*<p>\s*\[[A-Z/]+\]\s*</p>\s*", text):
            labels += 1
            continue
        if i in BOOKS:
            books += 1
            assert "ISBN" in text or "(Eds.)" in text, i
            continue
        if i in CURLY:
            m = re.search(r"&#8220;(.+?)</strong>", text, re.DOTALL)
            titles = [m.group(1)]
        elif i in QUOTED:
            m = re.search(r'"(.+?)"', text, re.DOTALL)
            titles = [m.group(1)]
        else:
            titles = re.findall(r"<strong>(.*?)</strong>", text, re.DOTALL)
            assert len(titles) == (2 if i == 903 else 1), (i, titles)
        for t in titles:
            papers.append(entry(lines, i, end, clean_title(t)))
    assert labels == 9 and books == 6, (labels, books)
    assert len(papers) == 318, len(papers)
    write_truth(NAME, PART, papers,
                "each '<p>' publication record is an entry (the line-903 record naming two articles is two),"
                " title = its '<strong>' text without the final comma (the '&#8220;...' text on lines 649/653,"
                " the quoted text on line 472); the nine '[LNCS]'/'[LNEE]' label paragraphs and the six books"
                " or edited volumes are not entries, the one book chapter (line 825) is",
                "all records listed with their titles and read against the file section by section: the"
                " first and last record of every year, all Korean-title records of the domestic sections"
                " (journals 2023-2016 and conferences 2026-2024 in full, a sample of about 30 older ones),"
                " every special case listed in the docstring, the unclosed '<p>' at lines 1067-1071, and"
                " the DOIs (doi.org links, 'DOI:' text, the IEEE Xplore link text on line 49)")


if __name__ == "__main__":
    main()
