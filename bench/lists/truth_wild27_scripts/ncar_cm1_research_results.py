"""Wild27 truth for NCAR/CM1 docs/research_results.md: the list of peer-reviewed articles that use the
CM1 cloud model (atmospheric science: supercells, tornadoes, tropical cyclones, LES), written as HTML
lists inside Markdown.

Shape: '## Peer-reviewed articles', two lines of prose, a link to a list of journals, a chart image,
then one outer '<ul>' holding a '<details><summary>YEAR</summary><ul> ... </ul></details>' block per
year 2024-2010 and a last block '<summary>pre-2010</summary>' in which the years 2009-2002 are
written as list items '<li>2009</li>' each followed by its own '<ul>'.  Inside, every record is one
line preceded by a numbering comment:
    <!--451-->
    <li>Authors, YEAR: <a href="https://doi.org/...">Title</a>. <i>Journal,</i> <b>vol,</b> pages, doi:...
(no closing </li>).  Then '## Some recent conference papers' (line 1053) with 4 more '<li>' records
(AMS extended abstracts on ams.confex.com) without numbering comments.
Entry = one record '<li>' line (the numbering comment is not part of it); title = the text of the
record's first link (the title link).  Not entries: the 7 year items '<li>2009</li>' ... '<li>2002</li>'
(2009, 2008, 2007, 2006, 2005, 2003, 2002), the summaries, prose, the journals link and image.
Special cases: line 286 writes '<A href=...>' in capitals; line 648 writes '<a href = "...">' with
spaces and a title ending in '.' inside the link (dropped by the helper as a separator); pre-2003
SICI DOIs contain raw '<' and '>' inside the href (lines 1042 '...131<2394:RRFTSO>2.0.CO;2' and
1047): the helper cuts a DOI at '<', so the script sets the whole DOI the href gives (SICI);
allenpress links carry the DOI percent-encoded in a query ('doi=10.1175%2F2009JAS3038.1'), except
line 1019 whose query writes 'doi=1.1175%2FJAS3899.1' (not a DOI: none).  Links to ACP, ScienceDirect
pii, SpringerLink content ids, technopress and ams.confex PDFs give no DOI (13 entries without one).  The
link text of line 771 ends in a stray '>' ('... Arizona’s Meteor Crater>'), kept as the file writes it.  The
numbering runs 451..1 but skips 164 and 338, repeats 342, and the record on line 623 has no comment:
451 numbered-list records in all.  The conference papers are extended abstracts (conference papers):
entries.
Count check: 462 '<li>' lines = 7 year items + 451 article records + 4 conference records = 455
entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "NCAR__CM1__docs__research_results@a33cd28.md"
PART = "wild27_development"
SICI = {1042, 1047}


def main() -> None:
    lines = read_lines(NAME)
    conf = lines.index("## Some recent conference papers") + 1
    papers = []
    years = articles = confs = 0
    for i, text in enumerate(lines, 1):
        if "<li>" not in text:
            continue
        if re.fullmatch(r"\s*<li>\d{4}</li>\s*", text):
            years += 1
            continue
        m = re.search(r'<a\s+href\s*=\s*"[^"]*"\s*>(.*?)</a>', text, re.IGNORECASE)
        assert m, i
        if i > conf:
            confs += 1
        else:
            articles += 1
        p = entry(lines, i, i, m.group(1))
        if i in SICI:
            # the helper stops a DOI at '<'; these hrefs hold the whole SICI DOI with '<' and '>'
            href = re.search(r'href="https?://dx\.doi\.org/([^"]+)"', text).group(1)
            assert p["doi"] and href.lower().startswith(p["doi"]) and href.endswith("2.0.CO;2"), i
            p["doi"] = href.lower()
        papers.append(p)
    assert (years, articles, confs) == (7, 451, 4), (years, articles, confs)
    assert len(papers) == 455
    write_truth(NAME, PART, papers,
                "every '<li>' record line (451 articles in the year <details> blocks, 4 conference papers) is an"
                " entry, title = the text of its first link; the 7 '<li>YEAR</li>' year items of the pre-2010"
                " block and the numbering comments are not entries",
                "first and last record of every year block and of the conference list, a sample of 25 records"
                " against the -v output, every special line (286, 623, 648, 771, 1019, the SICI DOIs with '<' '>' in the"
                " URL, the percent-encoded allenpress DOIs), the numbering gaps and repeat")


if __name__ == "__main__":
    main()
