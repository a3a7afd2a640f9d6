"""Wild54 truth for malkaguillot/big_data_policy_2021 students-presentations.md: the paper-presentation list of an
ETH Zurich course on big data / machine learning for economic policy (economics and social science papers), newest
commit touching the file (c3185be, 2021-03-25, with the students' names filled in).

Shape: 71 lines, 7 KB.  ``# Reading list`` (1), three paragraphs and a ``## Presentation and report content and
format`` section (8-47) of grading rules (nested bullets, a numbered list: no papers), then ``## Article list and
schedule`` (49) and one pipe table ``| Lecture | Topic | Article | Presenters |`` (53-54 header and alignment, 55-71
rows).  The Article cell holds a full free-form citation in varying styles: ``Borup, Daniel and ..., [Title](ssrn url)
(2019). Journal ..., forthcoming`` (55), ``Woloszko, N. (2020), ["Title"](doi.org url), OECD ... Working Papers``
(56), ``Celiku, Bledi; Kraay, Aart. 2017. [Title](pdf url). Policy Research Working Paper;No. 8075`` (57); the title is
the link text, sometimes wrapped in quotes with a trailing comma or period inside them (59 ``["... approach,"]``,
60 ``["... Trees."]``, 63 ``[... Approach. ]``).  Rows 67-70 are four ``Open to suggestion`` placeholders; row 71 has
an empty Lecture cell.

Special cases:
- 64 has no link: ``Algan Y, Murtin F, ... (2019) Well-being through the lens of the internet. PLOS ONE 14(1):
  e0209562. https://doi.org/...`` -- the title is the sentence between ``(2019)`` and ``. PLOS ONE``.
- 58 writes its DOI as bare text after the citation (``Science. 350. 1073-1076. 10.1126/science.aac4420.``); 66 has
  it inside a PLOS ``article?id=10.1371/...`` URL; 56 links doi.org; 55/65 SSRN, 57/60 World Bank PDFs, 59 ECINEQ
  PDF, 61 ScienceDirect pii, 62 NBER, 63 MIT CEEPR PDF, 71 an rdcu.be share link carry no DOI.
- Quotes around the link text and the closing ``,``/``.`` are punctuation of the citation, not of the title.

Decisions:
- Entry = each table row whose Article cell cites a paper (13); the four ``Open to suggestion`` rows are not entries.
- Title = the first link's text in the Article cell, surrounding quotes and closing punctuation dropped; for 64 the
  sentence after the year.
- Ids from the row (DOIs as the helper reads them); no arXiv ids.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "malkaguillot__big_data_policy_2021__students-presentations@c3185be.md"
PART = "wild54_development"

HEAD = "| Lecture | Topic   | Article | Presenters |"
ROW = re.compile(r"^\|\s*(?P<date>[A-Z][a-z]+ \d+)?\s*\|(?P<topic>[^|]*)\|(?P<article>[^|]+)\|(?P<who>[^|]*)\|$")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)")
NOLINK = re.compile(r"\(\d{4}\) (?P<title>[^.]+)\. PLOS ONE")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Reading list"
    top = lines.index(HEAD) + 1
    assert top == 53 and re.match(r"^\|(-+\|){4}$", lines[top]), lines[top]
    papers = []
    for n in range(top + 2, len(lines) + 1):
        ln = lines[n - 1]
        if not ln.startswith("|"):
            assert ln == "", (n, ln)
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        article = m.group("article").strip()
        if article == "Open to suggestion":
            continue
        link = LINK.search(article)
        if link:
            title = link.group("text").strip().strip('"').strip()
        else:
            t = NOLINK.search(article)
            assert t, (n, article)
            title = t.group("title")
        papers.append(entry(lines, n, n, title))
    t = {p["line"]: p for p in papers}
    assert t[56]["title"] == "Tracking activity in real time with Google Trends", t[56]
    assert t[56]["doi"] == "10.1787/6b9c7518-en", t[56]
    assert t[57]["title"] == "Predicting Conflict", t[57]
    assert t[58]["doi"] == "10.1126/science.aac4420", t[58]
    assert t[59]["title"] == "Estimating intergenerational income mobility on sub-optimal data: a machine learning approach"
    assert t[60]["title"] == "The Roots of Inequality: Estimating Inequality of Opportunity from Regression Trees"
    assert t[63]["title"] == "Distributed Effects of Climate Policy: A Machine Learning Approach", t[63]
    assert (t[64]["title"], t[64]["doi"]) == ("Well-being through the lens of the internet",
                                             "10.1371/journal.pone.0209562"), t[64]
    assert t[66]["doi"] == "10.1371/journal.pone.0174698", t[66]
    assert t[71]["title"] == "A large-scale analysis of racial disparities in police stops across the United States"
    assert all(p["arxiv"] is None for p in papers)
    assert sorted(t) == [55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 71], sorted(t)
    write_truth(
        NAME,
        PART,
        papers,
        "Every row of the 'Lecture | Topic | Article | Presenters' table (55-71) whose Article cell cites a paper is an"
        " entry (13); the four 'Open to suggestion' rows (67-70) are not; title = the first link's text in the Article"
        " cell with surrounding quotes and closing ',' / '.' dropped, for the link-less row 64 the sentence between"
        " '(2019)' and '. PLOS ONE'; the grading-rules sections (8-47) hold no papers.",
        "Read all 71 lines; compared -v for all 13 rows: quoted link texts (56, 59 with ',' inside, 60 with '.' inside),"
        " 63's trailing '. ' inside the brackets, the link-less 64, the empty Lecture cell of 71; DOIs from the doi.org"
        " links (56, 64), bare text (58), the PLOS id= URL (66), none from SSRN/World Bank/ECINEQ/ScienceDirect/"
        "NBER/CEEPR/rdcu.be links.",
    )


if __name__ == "__main__":
    main()
