"""Wild26 truth for yoonmh/yoonmh.github.io _pages/publications.md: a Korean researcher's publication list.

Shape: a Jekyll page ('# Publications', then '논문 126편 발표' = "126 papers published") of an
engineer's career-long publication list, in '##' sections by period and employer
('2013~2017(KETI)', '2009~2012(KEIT PD)', ..., '1982~1984(KAIST)', '학위논문' = theses, line 468).
Each record is a numbered item whose first line holds the title in <b>...</b> followed by
reference-style links ('[(Paper)][17-1]', '([Paper][16-2], [Slide][16-2-1])', '[(Paper,][96-2]
[Slide)][96-2-1]', '[(Ph.D Dissertation,][phd] ...') and sometimes HTML <span> badges (KCI, SCIE,
SCOPUS) on the following lines; then an author line and a venue line ('<br>' line breaks).  The
numbering restarts at 1 every year without a year heading.  Titles are Korean or English; the
link definitions ('[17-1]: https://drive.google.com/...') sit in blocks after each section.
Entry: every numbered item (journal and conference papers, magazine/trend articles, a KT DIGIECO
policy report, the Ph.D. dissertation and the M.S. thesis); lines = the item's first line to its
venue line; title = the <b> text.  Reference-style links are resolved as Markdown renders them:
the only definition that gives an id is [85-1] (line 536, tandfonline.com/doi/abs/10.13182/...),
used by the item of line 461, whose DOI is taken from it.  The other definitions point to Google
Drive files or library pages.
Special cases: lines 461 and 465 have the same title (a journal paper and the earlier domestic
conference paper): two entries; line 316 has a double space inside the title (collapsed).
Count check: 126 numbered items (grep '^[0-9]+\\. ') = the page's own '논문 126편' = 124 papers and
reports + 2 theses; 53 Korean titles (grep of Hangul inside <b>).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "yoonmh__yoonmh.github.io___pages__publications@8fa8eeb.md"
PART = "wild26_development"


def main() -> None:
    lines = read_lines(NAME)
    defs = {}
    for text in lines:
        d = re.match(r"\[([^\]]+)\]: (\S+)\s*$", text)
        if d:
            defs[d.group(1)] = d.group(2)
    papers = []
    korean = 0
    resolved = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\d+\. <b>(.+?)</b>", text)
        if not m:
            assert not re.match(r"\d+\. ", text), i
            continue
        last = i
        while last < len(lines) and lines[last].strip() and not re.match(r"\d+\. |#|\[[^\]]+\]: ", lines[last]):
            last += 1
        title = m.group(1)
        p = entry(lines, i, last, title)
        own = "\n".join(lines[i - 1:last])
        for label in re.findall(r"\]\[([^\]]+)\]", own):
            url = defs[label]
            if p["doi"] is None and doi_of(url):
                p["doi"] = doi_of(url)
                resolved.append(i)
            if p["arxiv"] is None and arxiv_of(url):
                p["arxiv"] = arxiv_of(url)
                resolved.append(i)
        if re.search(r"[\uac00-\ud7a3]", title):
            korean += 1
        papers.append(p)
    assert len(papers) == 126, len(papers)
    assert resolved == [461], resolved
    assert korean == 53, korean
    write_truth(NAME, PART, papers,
                "every numbered item is an entry (papers, articles, a policy report, two theses), lines = the item"
                " from its title line to its venue line; title = the <b> text; reference-style link labels are"
                " resolved to their definitions, which give the DOI of the item at line 461 (the only one)",
                "the count checked against the page's own '논문 126편'; titles of all items in the first two"
                " sections and about 40 others read by eye (Korean and English), the two theses, the duplicate"
                " title at 461/465, the double space at 316; every link definition checked for ids")


if __name__ == "__main__":
    main()
