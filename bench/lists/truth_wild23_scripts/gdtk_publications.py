"""Wild23 truth for gdtk-uq/gdtk website/content/docs/pub-n-pres/journals.md: a research group's papers.

Shape: a Hugo (Doks) page of the UQ gas-dynamics group ('Journal Articles, Conference Papers and
Technical Reports'): short sections of reference papers per code (Eilmer, L1d, ESTCj/Pitot,
IMOC), then 'Papers contributing to GDTk or applying GDTk' with '### YYYY' headings (2021 down to
2015).  Every record is a Markdown list item numbered '1. ', hand-typed in author-date style:
'Authors (YYYY) Title. Venue, vol:pages. <https://doi.org/...>' with the title unmarked.
Separators vary, and the script follows each record:
- the title ends at the first '. ' after the year (the usual case), or at ', ' before the venue
  on the lines listed in COMMA (lines 61-73, 141-147, 182, 184, 231: 'Title, AIAA Journal, ...');
- '(YYYY).' with a period on lines 131, 133, 137, 174, 178, 186, 206, 208 (dropped);
- lines 18-20, 22-25, 27-30, 32-34: multi-line records (authors/year on the first line, title on
  the next; lines 23 and 28 link the title to a PDF, line 21 is whitespace only);
- line 141 closes the title with a stray '"' before ', 46th AIAA ...' (the quote is dropped);
- line 176 'Radial inflow turbine meshing rev. 1.' (the one title holding '. '): OVERRIDE;
- lines 226-227: the title wraps over the line break ('Three-Dimensional / Scramjet').
Ids: doi.org / dx.doi.org / arc.aiaa.org links and 'doi:', 'DOI:', 'DOI ' text; line 30 gives the
DOI 10.1002/fld.3790 (the DOI of another paper, line 34's; kept, since the record writes it).
No arXiv ids.
Entries: all 91 list items: journal and conference papers, technical and annual reports (lines
38, 45, 119, 176, 180, 233), book chapters (lines 164, 168).  Repeated records stay separate
(lines 182 and 198, 206 and 229, 231 and 235).  Not entries: headings, the ESTCj section's
one-line description (line 43), the front matter.
Count check: 91 lines start with '1. '.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "gdtk-uq__gdtk__website__content__docs__pub-n-pres__journals@893c5f3.md"
PART = "wild23_development"
COMMA = {61, 63, 65, 67, 69, 71, 73, 141, 143, 145, 147, 182, 184, 231}
OVERRIDE = {
    176: "Radial inflow turbine meshing rev. 1",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("1. "):
            continue
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        own = " ".join(t.strip() for t in lines[i - 1 : end])
        m = re.search(r"\((\d{4})\)\.? (.*)$", own)
        assert m, i
        rest = m.group(2)
        if i in OVERRIDE:
            title = OVERRIDE[i]
            assert rest.startswith(title), i
        elif i in COMMA:
            m2 = re.match(r'(.+?)"?, (?:AIAA|Journal|46th|53rd|Advances)', rest)
            assert m2, i
            title = m2.group(1)
        else:
            title = rest.split(". ", 1)[0]
            link = re.fullmatch(r"\[(.+)\]\([^)]+\)", title.split(" Applied Mechanics")[0].split(" Presented at")[0])
            if link:
                title = link.group(1)
        assert title and not title.endswith((".", ",")), (i, title)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 91, len(papers)
    write_truth(NAME, PART, papers,
                "each '1. ' list item (author-date reference, 91 in all, papers, reports and chapters) is an"
                " entry; title = the unmarked text after '(YYYY)' up to the first '. ' or, on 14 listed lines,"
                " up to ', ' before the venue; link text on the two PDF-linked records",
                "every one of the 91 titles read against its record in the -v output (start after the year, end"
                " before the venue), the multi-line records 18-34 and 226-227, the stray quote on line 141,"
                " 'rev. 1' on line 176; DOIs of all forms spot-checked against their text (about 30)")


if __name__ == "__main__":
    main()
