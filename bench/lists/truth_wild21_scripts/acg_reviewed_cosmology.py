"""Wild21 truth for a-cosmology-group/acg resources/marmet_l/reviewed-publications.md: a cosmology reading page.

Shape: under six numbered '###' category headings (after a one-line description each), one
paragraph per record, blank lines between (the file has CRLF endings): '*Italic Title*, Authors,
Journal, Vol., year. [doi.org/...](...), [arXiv:...](...)'.  The separator after the italic title
varies (',' or a space, sometimes a leftover 'YYYY-MM' date).  Title = the first italic span.
Special records: line 51 starts with a broken code span ('-01.2`') and writes its title as two
italic spans ('*Tight H~0~* *constraint ... test*'), joined here; line 257 has no italics at all
(title = the text before 'F. Zwicky').  Titles keep the file's own text: '~0~' subscripts,
'$Lambda$', a lone backtick, <sup> tags removed by the helper.
Entries: every record whose subject is a scholarly work: journal papers, arXiv/viXra/HAL
preprints, conference proceedings, and the one personal-site PDF manuscript (line 270,
Ostermann), counted as an unpublished paper.  Not entries (25 records): press releases and news
stories by agencies, observatories and universities (APS News, ESA, NASA/JPL, NOAO, ESO, NRAO,
Gemini, Subaru, hubblesite, spaceflightnow, phys.org, eurekalert ...) and one personal web page
(line 239, Mozina); they are listed in NEWS.  Also not entries: the category descriptions, the
Popper quote and the copyright line.  Count check: 114 record paragraphs between line 21 and the
'---' rule (grep of lines starting "*" = 112, plus lines 51 and 257) = 89 entries + 25 news.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "a-cosmology-group__acg__resources__marmet_l__reviewed-publications@dedabdf.md"
PART = "wild21_development"
NEWS = {41, 73, 75, 94, 98, 170, 172, 174, 178, 182, 184, 225, 229, 231, 233, 235, 237, 239, 241,
        243, 245, 247, 251, 253, 255}
DESCRIPTIONS = {23, 84, 105, 116, 193}
SPECIAL = {
    51: "Tight H~0~ constraint from galaxy redshfit surveys: combining baryon acoustic osillation measurements"
        " and Alcock-Paczynski test",
    257: "The Age of Large Globular Clusters of Galaxies",
}


def main() -> None:
    lines = read_lines(NAME)
    stop = lines.index("---", 30) + 1
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        if not 21 < i < stop or not text.strip() or text.startswith("###") or i in DESCRIPTIONS:
            continue
        records += 1
        if i in NEWS:
            continue
        if i in SPECIAL:
            title = SPECIAL[i]
            assert title.split()[-1] in text, i
        else:
            m = re.match(r"\*(.+?)\*(?=[,\s])", text)
            assert m, i
            title = m.group(1)
        papers.append(entry(lines, i, i, title))
    assert records == 114, records
    assert len(papers) == 89, len(papers)
    write_truth(NAME, PART, papers,
                "every record paragraph under the six category headings whose subject is a scholarly work is an"
                " entry (papers, preprints incl. viXra/HAL, proceedings, one manuscript PDF); title = the first"
                " italic span (two spans joined on line 51, the plain text before the authors on line 257);"
                " 25 press releases, news stories and one web page are not entries",
                "all 114 records read by eye and sorted into 89 entries and 25 news/web records; every title"
                " checked against its line; arXiv ids (incl. old-style astro-ph/physics), doi.org, dx.doi.org,"
                " iopscience and Springer DOIs spot-checked (percent-encoded JHEP DOI on line 140)")


if __name__ == "__main__":
    main()
